package dev.muster.tenants.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a platform administrator gives to create a tenant. With {@code ownerEmail}, that person is
 * invited as the tenant's OWNER (or made OWNER at once if they already have an account).
 */
@Schema(name = "NewTenant")
public record NewTenant(
        @Schema(example = "acme") @NotBlank @Size(min = 2, max = Limits.SLUG)
        @Pattern(regexp = Limits.SLUG_PATTERN, message = "lower-case letters, digits and single dashes; starts with a letter") String slug,
        @Schema(example = "ACME Corporation") @NotBlank @Size(max = Limits.NAME) String name,
        @Schema(example = "ops@acme.example") @NotBlank @Email @Size(max = Limits.EMAIL) String contactEmail,
        @Schema(example = "alice@acme.example") @Email @Size(max = Limits.EMAIL) String ownerEmail) {
}
