package dev.muster.tokens.enrollment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A device's credentials after enrollment. The secret is in this answer and nowhere else, ever:
 * the device stores it and exchanges it for new tokens at {@code POST /api/v1/device/token}.
 */
@Schema(name = "EnrollResponse")
public record EnrollResponse(UUID deviceId,
                             @Schema(example = "b827eb123456") String deviceKey,
                             @Schema(example = "acme") String tenant,
                             @Schema(description = "The device secret (256 bits); shown once") String secret,
                             @Schema(description = "A device token to use right away") String token,
                             Instant tokenExpiresAt,
                             @Schema(example = "60") int heartbeatIntervalSeconds,
                             @Schema(description = "True when an existing device got new credentials") boolean replaced) {
}
