package dev.muster.tenants.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Editable fields of a tenant. */
@Schema(name = "TenantUpdate")
public record TenantUpdate(
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Email @Size(max = Limits.EMAIL) String contactEmail,
        @NotNull @Valid TenantSettings settings) {
}
