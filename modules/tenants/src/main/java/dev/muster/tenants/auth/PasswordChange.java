package dev.muster.tenants.auth;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChange")
public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
}
