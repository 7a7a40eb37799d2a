package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AttemptView;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver: written in the transaction that made it, so the log is what happened. */
@Entity
@Table(name = "notification_attempt")
public class DeliveryAttempt extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private UUID channelId;

    @Column(name = "alert_id", updatable = false)
    private UUID alertId;

    @Column(name = "attempt", nullable = false, updatable = false)
    private int number;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private String outcome;

    @Column(name = "error", updatable = false, length = Delivery.ERROR)
    private String error;

    @Column(name = "next_try_at", updatable = false)
    private Instant nextTryAt;

    @Column(name = "millis", nullable = false, updatable = false)
    private long millis;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(Delivery delivery, int number, Instant at, String error, Instant nextTryAt, long millis) {
        this.id = UUID.randomUUID();
        assignTenant(delivery.tenantId());
        this.deliveryId = delivery.id();
        this.channelId = delivery.channelId();
        this.alertId = delivery.alertId();
        this.number = number;
        this.attemptedAt = at;
        this.outcome = error == null ? "DELIVERED" : "FAILED";
        this.error = Attempts.bounded(error);
        this.nextTryAt = nextTryAt;
        this.millis = millis;
    }

    AttemptView view() {
        return new AttemptView(number, attemptedAt, outcome, error, nextTryAt, millis);
    }
}
