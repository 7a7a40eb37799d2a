package dev.muster.tokens.devicetokens;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A device token: send it as {@code Authorization: Bearer <token>}; get a new one before {@code expiresAt}. */
@Schema(name = "DeviceToken")
public record DeviceTokenResponse(String token,
                                  @Schema(example = "Bearer") String tokenType,
                                  Instant expiresAt,
                                  UUID deviceId) {
}
