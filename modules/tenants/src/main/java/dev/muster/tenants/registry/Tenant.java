package dev.muster.tenants.registry;

import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.TenantSettings;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation using Muster. Invariants: the slug is unique, URL-safe and never changes (it
 * appears in URLs and tokens); a suspended tenant keeps every row it owns.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;

    @Column(name = "slug", nullable = false, unique = true, updatable = false, length = Limits.SLUG)
    private String slug;

    @Column(name = "name", nullable = false, length = Limits.NAME)
    private String name;

    @Column(name = "contact_email", nullable = false, length = Limits.EMAIL)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "clock_skew_threshold_s", nullable = false)
    private int clockSkewThresholdSeconds;

    @Column(name = "heartbeat_interval_s", nullable = false)
    private int heartbeatIntervalSeconds;

    @Column(name = "offline_after_missed", nullable = false)
    private int offlineAfterMissedHeartbeats;

    @Column(name = "stale_after_h", nullable = false)
    private int staleAfterHours;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
    }

    Tenant(String slug, String name, String contactEmail, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.contactEmail = contactEmail;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = createdAt;
        settings(TenantSettings.DEFAULTS);
    }

    void rename(String name, String contactEmail) {
        this.name = name;
        this.contactEmail = contactEmail;
    }

    void settings(TenantSettings settings) {
        this.heartbeatIntervalSeconds = settings.heartbeatIntervalSeconds();
        this.offlineAfterMissedHeartbeats = settings.offlineAfterMissedHeartbeats();
        this.staleAfterHours = settings.staleAfterHours();
        this.retentionDays = settings.retentionDays();
        this.clockSkewThresholdSeconds = settings.clockSkewThresholdSeconds();
    }

    void status(TenantStatus status) {
        this.status = status;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public TenantView view() {
        return new TenantView(id, slug, name, contactEmail, status,
                new TenantSettings(heartbeatIntervalSeconds, offlineAfterMissedHeartbeats, staleAfterHours, retentionDays,
                        clockSkewThresholdSeconds),
                createdAt, version);
    }
}
