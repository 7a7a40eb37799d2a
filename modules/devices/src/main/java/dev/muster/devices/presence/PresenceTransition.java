package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a device's presence, kept as its history (uptime is computed from it). */
@Entity
@Table(name = "presence_transition")
public class PresenceTransition extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false, length = 16)
    private Presence from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private Presence to;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 16)
    private PresenceReason reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** When the server recorded it: a timeout occurs at the deadline and is recorded by the next sweep. */
    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected PresenceTransition() {
    }

    PresenceTransition(UUID tenant, UUID deviceId, Presence from, Presence to, PresenceReason reason, Instant at, Instant recordedAt) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.deviceId = deviceId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.occurredAt = at;
        this.recordedAt = recordedAt;
    }

    UUID id() { return id; }
    UUID deviceId() { return deviceId; }
    Presence from() { return from; }
    Presence to() { return to; }
    PresenceReason reason() { return reason; }
    Instant occurredAt() { return occurredAt; }
    Instant recordedAt() { return recordedAt; }
}
