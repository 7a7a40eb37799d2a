package dev.muster.tenants.invitations;

import dev.muster.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvitationRequest")
public record InvitationRequest(@Schema(example = "bob@acme.example") @NotBlank @Email @Size(max = 320) String email,
                                @Schema(example = "OPERATOR") @NotNull Role role) {
}
