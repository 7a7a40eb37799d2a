package dev.muster.tenants.auth;

import dev.muster.tenants.api.Profile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "RS256 JWT; send as 'Authorization: Bearer <token>'") String token,
        @Schema(example = "Bearer") String tokenType,
        Instant expiresAt,
        @Schema(example = "acme") String tenant,
        Profile profile) {
}
