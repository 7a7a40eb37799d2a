package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/**
 * A device's presence and what its last heartbeat said. {@code lastSeenAt} may lag the newest
 * heartbeat by up to the flush period (a second by default).
 *
 * @param intervalSeconds the interval the device announced, or null for the tenant's
 * @param clockSkewMs     server time minus device time at the last heartbeat that carried it
 */
@Schema(name = "Presence")
public record PresenceView(Presence state, Instant since, Instant lastSeenAt, Integer intervalSeconds, Long clockSkewMs,
                           boolean skewFlagged, Long uptimeSeconds, Integer batteryPercent, Integer rssiDbm, String wifiBssid,
                           Map<String, Double> metrics, String note) {
}
