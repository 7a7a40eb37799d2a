package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * @param clockSkewMs     server time minus the device's {@code sentAt}, absent without it
 * @param skewFlagged     true when the skew is above the tenant's threshold
 * @param intervalSeconds the interval to heartbeat at next
 */
@Schema(name = "HeartbeatAnswer")
public record HeartbeatAnswer(Instant serverTime, Long clockSkewMs, boolean skewFlagged, int intervalSeconds, Presence presence) {
}
