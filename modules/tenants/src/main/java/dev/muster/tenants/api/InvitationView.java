package dev.muster.tenants.api;

import dev.muster.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Invitation")
public record InvitationView(UUID id,
                             @Schema(example = "bob@acme.example") String email,
                             Role role,
                             @Schema(example = "alice@acme.example") String invitedBy,
                             Instant createdAt,
                             Instant expiresAt,
                             Status status) {

    public enum Status { PENDING, ACCEPTED, EXPIRED, REVOKED }
}
