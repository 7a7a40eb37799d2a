package dev.muster.devices.presence;

import dev.muster.devices.api.DeviceInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * What one heartbeat tells, as the presence recorder writes it: when the device was seen, when it
 * will count as offline and stale if nothing follows, and the values it reported. A value a
 * heartbeat leaves out keeps the last one reported: omitting the battery level does not mean the
 * battery is gone.
 *
 * @param skewFlagged null when the heartbeat carried no device time
 */
record Sighting(UUID deviceId, UUID tenantId, Instant seenAt, Instant offlineAt, Instant staleAt, Integer intervalSeconds,
                Long clockSkewMillis, Boolean skewFlagged, Long uptimeSeconds, Integer batteryPercent, Integer rssiDbm,
                String wifiBssid, String metricsJson, String note, DeviceInfo info) {

    /** This (newer) sighting, with what it leaves out taken from {@code older}. */
    Sighting over(Sighting older) {
        return new Sighting(deviceId, tenantId, seenAt, offlineAt, staleAt, or(intervalSeconds, older.intervalSeconds),
                or(clockSkewMillis, older.clockSkewMillis), or(skewFlagged, older.skewFlagged), or(uptimeSeconds, older.uptimeSeconds),
                or(batteryPercent, older.batteryPercent), or(rssiDbm, older.rssiDbm), or(wifiBssid, older.wifiBssid),
                or(metricsJson, older.metricsJson), or(note, older.note), new DeviceInfo(or(info.hostname(), older.info.hostname()),
                or(info.os(), older.info.os()), or(info.osVersion(), older.info.osVersion()),
                or(info.architecture(), older.info.architecture()), or(info.agentVersion(), older.info.agentVersion()),
                or(info.mac(), older.info.mac()), or(info.lanIp(), older.info.lanIp()), or(info.publicIp(), older.info.publicIp()),
                or(info.hardwareId(), older.info.hardwareId())));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
