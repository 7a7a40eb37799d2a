package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.alerts.api.DeliveryView;
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
 * One notification to one channel. Its content (subject, text, the webhook's JSON payload) is fixed
 * when it is queued (links are added as it is sent, see {@link MessageLinks}, the same every
 * time), so every retry sends the same thing, and its id is the idempotency key.
 *
 * <p>Invariants: {@code attempts} only grows, except that retrying a dead letter gives it a fresh
 * round of attempts; a DELIVERED delivery never changes again. {@code nextTryAt} is the next try of
 * a WAITING delivery, and the rescue time of a QUEUED one (when its message counts as lost); a
 * DELIVERED or DEAD delivery has none.
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery extends TenantOwned {

    static final int ERROR = 500;

    @Id
    private UUID id;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private UUID channelId;

    @Column(name = "alert_id", updatable = false)
    private UUID alertId;

    @Column(name = "event", nullable = false, updatable = false, length = 16)
    private String event;

    @Column(name = "severity", updatable = false, length = 16)
    private String severity;

    @Column(name = "alert_type", updatable = false, length = 60)
    private String type;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false, length = 8000)
    private String text;

    @Column(name = "payload", nullable = false, updatable = false, length = 8000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_try_at")
    private Instant nextTryAt;

    @Column(name = "last_error", length = ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Delivery() {
    }

    Delivery(UUID id, UUID tenantId, UUID channelId, Notification notification, String payload, Instant now,
             Instant rescueAt) {
        this.id = id;
        assignTenant(tenantId);
        this.channelId = channelId;
        this.alertId = notification.alertId();
        this.event = notification.event();
        this.severity = notification.severity() == null ? null : notification.severity().name();
        this.type = notification.type();
        this.subject = notification.subject();
        this.text = notification.text();
        this.payload = payload;
        this.status = DeliveryStatus.QUEUED;
        this.nextTryAt = rescueAt;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID channelId() { return channelId; }
    public UUID alertId() { return alertId; }
    public String subject() { return subject; }
    public String text() { return text; }
    public String payload() { return payload; }
    public String event() { return event; }
    public Instant createdAt() { return createdAt; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }

    /** Counts an attempt and returns its number. */
    int attempt() {
        return ++attempts;
    }

    void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextTryAt = null;
        lastError = null;
    }

    void failed(String error, Instant nextTry) {
        lastError = Attempts.bounded(error);
        nextTryAt = nextTry;
        status = nextTry == null ? DeliveryStatus.DEAD : DeliveryStatus.WAITING;
    }

    /**
     * Back on the queue: its retry is due, its message was lost, or an admin retries a dead letter
     * (a fresh round of attempts).
     */
    void requeue(boolean freshRound, Instant rescueAt) {
        if (freshRound) {
            attempts = 0;
        }
        status = DeliveryStatus.QUEUED;
        nextTryAt = rescueAt;
    }

    DeliveryView view(String channelName) {
        return new DeliveryView(id, channelId, channelName, alertId, event, severity, type, subject, status, attempts,
                status == DeliveryStatus.WAITING ? nextTryAt : null, lastError, createdAt, deliveredAt);
    }
}
