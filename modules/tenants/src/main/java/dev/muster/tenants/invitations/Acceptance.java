package dev.muster.tenants.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepting an invitation. The token travels in the body, never in the URL. */
@Schema(name = "InvitationAcceptance")
public record Acceptance(@NotBlank @Size(max = 100) String token,
                         @Schema(example = "Bob Builder") @Size(max = 120) String displayName,
                         @NotBlank @Size(max = 200) String password) {
}
