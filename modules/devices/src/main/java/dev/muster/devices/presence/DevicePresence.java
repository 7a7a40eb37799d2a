package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceView;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A device's presence: its state and since when, when it was last heard, and the deadlines at which
 * silence makes it offline and then stale. The heartbeat path never loads this entity: last-seen
 * values are written in batches by {@link PresenceRecorder}, and the state changes only through
 * {@link PresenceTransitions}, by compare-and-set on the state, which is what makes each transition
 * happen exactly once however many sweeps, flushes or nodes race for it.
 */
@Entity
@Table(name = "device_presence")
@BatchSize(size = 200)
public class DevicePresence extends TenantOwned {

    @Id
    @Column(name = "device_id")
    private UUID deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private Presence state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "offline_at")
    private Instant offlineAt;

    @Column(name = "stale_at")
    private Instant staleAt;

    @Column(name = "interval_s")
    private Integer intervalSeconds;

    @Column(name = "clock_skew_ms")
    private Long clockSkewMillis;

    @Column(name = "skew_flagged", nullable = false)
    private boolean skewFlagged;

    @Column(name = "uptime_s")
    private Long uptimeSeconds;

    @Column(name = "battery_percent")
    private Integer batteryPercent;

    @Column(name = "rssi_dbm")
    private Integer rssiDbm;

    @Column(name = "wifi_bssid", length = 17)
    private String wifiBssid;

    @Column(name = "metrics", length = 2000)
    private String metrics;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "version", nullable = false)
    private long version;

    protected DevicePresence() {
    }

    /** A new device's presence: never seen. */
    public static DevicePresence neverSeen(UUID tenant, UUID deviceId, Instant now) {
        DevicePresence presence = new DevicePresence();
        presence.assignTenant(tenant);
        presence.deviceId = deviceId;
        presence.state = Presence.NEVER_SEEN;
        presence.stateSince = now;
        return presence;
    }

    UUID deviceId() {
        return deviceId;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    Instant offlineAt() {
        return offlineAt;
    }

    Instant staleAt() {
        return staleAt;
    }

    public PresenceView view() {
        return new PresenceView(state, stateSince, lastSeenAt, intervalSeconds, clockSkewMillis, skewFlagged, uptimeSeconds,
                batteryPercent, rssiDbm, wifiBssid, metrics == null ? null : parseMetrics(metrics), note);
    }

    private static Map<String, Double> parseMetrics(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            Map<String, Double> values = new TreeMap<>();
            reader.readObject().forEach((name, value) -> {
                if (value instanceof JsonNumber number) {
                    values.put(name, number.doubleValue());
                }
            });
            return values;
        }
    }

}
