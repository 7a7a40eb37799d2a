package dev.muster.devices.presence;

import dev.muster.devices.api.DeviceInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * What one heartbeat tells, as the presence recorder writes it: when the device was seen, when it
 * will count as offline and stale if nothing follows, and the values it reported.
 */
record Sighting(UUID deviceId, UUID tenantId, Instant seenAt, Instant offlineAt, Instant staleAt, Integer intervalSeconds,
                Long clockSkewMillis, boolean skewFlagged, Long uptimeSeconds, Integer batteryPercent, Integer rssiDbm,
                String wifiBssid, String metricsJson, String note, DeviceInfo info) {
}
