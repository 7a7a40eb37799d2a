package dev.muster.tenants.users;

import dev.muster.platform.security.Role;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoleChange")
public record RoleChange(@Schema(example = "OPERATOR") @NotNull Role role) {
}
