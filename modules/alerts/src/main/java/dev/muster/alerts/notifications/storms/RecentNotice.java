package dev.muster.alerts.notifications.storms;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A notice that reached a channel, counted for one storm window; held when it came past the threshold. */
@Entity
@Table(name = "notification_notice")
public class RecentNotice extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "alert_id", nullable = false, updatable = false)
    private UUID alertId;

    @Column(name = "alert_type", nullable = false, updatable = false, length = 60)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_change", nullable = false, updatable = false, length = 16)
    private AlertNotice.Change change;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false, length = 16)
    private Severity severity;

    @Column(name = "device_name", updatable = false, length = 100)
    private String deviceName;

    @Column(name = "group_name", updatable = false, length = 80)
    private String group;

    @Column(name = "noticed_at", nullable = false, updatable = false)
    private Instant noticedAt;

    @Column(name = "held", nullable = false)
    private boolean held;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RecentNotice() {
    }

    RecentNotice(AlertNotice notice, boolean held, Instant now) {
        this.id = UUID.randomUUID();
        assignTenant(notice.tenantId());
        this.alertId = notice.alertId();
        this.type = notice.type();
        this.change = notice.change();
        this.severity = notice.severity();
        this.deviceName = cut(notice.deviceName(), 100);
        this.group = cut(notice.group(), 80);
        this.noticedAt = now;
        this.held = held;
    }

    /**
     * In a digest now: no longer held, but still counted for its window, so that the digest does not
     * lower the count a storm that goes on is measured by.
     */
    void digested() {
        held = false;
    }

    public String type() { return type; }
    public AlertNotice.Change change() { return change; }
    public Severity severity() { return severity; }
    public String group() { return group; }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
