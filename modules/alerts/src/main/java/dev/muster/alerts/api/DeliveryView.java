package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as admins see it. {@code id} is the idempotency key receivers saw.
 *
 * @param event {@code OPENED}, {@code RESOLVED} … for an alert change, {@code TEST} for "send test"
 */
@Schema(name = "NotificationDelivery")
public record DeliveryView(UUID id, UUID channelId, String channelName, UUID alertId, String event, String severity,
                           String type, String subject, DeliveryStatus status, int attempts, Instant nextTryAt,
                           String lastError, Instant createdAt, Instant deliveredAt) {
}
