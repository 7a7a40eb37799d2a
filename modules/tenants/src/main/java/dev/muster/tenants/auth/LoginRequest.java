package dev.muster.tenants.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sign-in for API clients. {@code tenant} (a slug) chooses the tenant the token acts in. */
@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(example = "alice@acme.example") @NotBlank @Size(max = 320) String email,
        @Schema(example = "correct horse battery staple") @NotBlank @Size(max = 200) String password,
        @Schema(example = "acme", description = "tenant slug; default: the only or first tenant") @Size(max = 40) String tenant) {
}
