package dev.muster.devices.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The values devices reported, as one presence flush wrote them: a CDI event fired after each
 * flushed chunk has committed, outside any transaction, so rules on heartbeat values cost work per
 * flush (once a second per node) instead of per heartbeat. A device that heartbeated several times
 * between flushes appears once, with its newest values (a value it left out keeps the one it last
 * reported). An observer that fails is logged and does not hold back the flush.
 */
public record HeartbeatReadings(List<Reading> readings) {

    /**
     * @param clockSkewMillis server time minus the device's time when it sent the heartbeat, or null
     *                        when the device did not say its time
     */
    public record Reading(UUID deviceId, UUID tenantId, Instant seenAt, Integer batteryPercent, Integer rssiDbm,
                          String wifiBssid, Long clockSkewMillis) {
    }
}
