package dev.muster.alerts.notifications.reminders;

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

/**
 * The reminders of one unacknowledged alert: what to say and when next. Exists from the alert's
 * opening (or reopening) until it is acknowledged or resolved; escalated at most once.
 */
@Entity
@Table(name = "notification_reminder")
public class Reminder extends TenantOwned {

    @Id
    @Column(name = "alert_id")
    private UUID alertId;

    @Column(name = "alert_type", nullable = false, updatable = false, length = 60)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private Severity severity;

    @Column(name = "device_id", updatable = false)
    private UUID deviceId;

    @Column(name = "device_name", length = 100)
    private String deviceName;

    @Column(name = "group_name", length = 80)
    private String group;

    @Column(name = "message", nullable = false, length = 500)
    private String message;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "next_at", nullable = false)
    private Instant nextAt;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Reminder() {
    }

    Reminder(AlertNotice notice, Instant nextAt) {
        this.alertId = notice.alertId();
        assignTenant(notice.tenantId());
        this.type = notice.type();
        this.deviceId = notice.deviceId();
        restart(notice, nextAt);
    }

    /** Opened again: the clock starts over, escalation included. */
    void restart(AlertNotice notice, Instant nextAt) {
        this.severity = notice.severity();
        this.deviceName = cut(notice.deviceName(), 100);
        this.group = cut(notice.group(), 80);
        this.message = cut(notice.message() == null ? "" : notice.message(), 500);
        this.openedAt = notice.at();
        this.nextAt = nextAt;
        this.reminders = 0;
        this.escalated = false;
    }

    void reminded(Instant next) {
        reminders++;
        nextAt = next;
    }

    void escalated(Instant next) {
        escalated = true;
        nextAt = next;
    }

    public UUID alertId() { return alertId; }
    public String type() { return type; }
    public Severity severity() { return severity; }
    public UUID deviceId() { return deviceId; }
    public String deviceName() { return deviceName; }
    public String group() { return group; }
    public String message() { return message; }
    public Instant openedAt() { return openedAt; }
    public boolean isEscalated() { return escalated; }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
