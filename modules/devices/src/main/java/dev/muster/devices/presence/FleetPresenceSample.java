package dev.muster.devices.presence;

import dev.muster.devices.api.FleetHistory;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * How many of a tenant's devices were in each presence at one sample time. Samples are written once
 * and never changed; {@code (tenant_id, sampled_at)} is unique, so a time bucket counts once however
 * many nodes or overlapping timers sample it (see {@link FleetSampler}).
 */
@Entity
@Table(name = "fleet_presence_sample")
public class FleetPresenceSample extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "sampled_at", nullable = false, updatable = false)
    private Instant sampledAt;

    @Column(name = "online", nullable = false, updatable = false)
    private int online;

    @Column(name = "offline", nullable = false, updatable = false)
    private int offline;

    @Column(name = "stale", nullable = false, updatable = false)
    private int stale;

    @Column(name = "never_seen", nullable = false, updatable = false)
    private int neverSeen;

    protected FleetPresenceSample() {
    }

    FleetPresenceSample(UUID tenant, Instant sampledAt, PresenceCounts counts) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.sampledAt = sampledAt;
        this.online = Math.toIntExact(counts.online());
        this.offline = Math.toIntExact(counts.offline());
        this.stale = Math.toIntExact(counts.stale());
        this.neverSeen = Math.toIntExact(counts.neverSeen());
    }

    FleetHistory.Point point() {
        return new FleetHistory.Point(sampledAt, online, offline, stale, neverSeen);
    }
}
