package dev.muster.tenants.api;

import dev.muster.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A user as a member of the current tenant. */
@Schema(name = "Member")
public record MemberView(UUID userId,
                         @Schema(example = "bob@acme.example") String email,
                         @Schema(example = "Bob") String displayName,
                         Role role,
                         UserStatus status,
                         Instant joinedAt) {
}
