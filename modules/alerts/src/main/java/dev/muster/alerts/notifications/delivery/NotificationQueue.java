package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.messaging.TransactionalSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Puts deliveries on the notification queue in the caller's transaction ({@code MANDATORY}): the
 * delivery row and its message commit with the change that caused them, or neither does. The
 * message carries only the delivery's id (JSON text); the consumer reads the rest from the row.
 */
@ApplicationScoped
public class NotificationQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionalSender sender;

    @Resource(lookup = Messaging.NOTIFICATION_QUEUE)
    Queue queue;

    @Inject
    Clock clock;

    @Inject
    RetryPolicy retries;

    /** A new delivery of {@code notification} to {@code channel}, queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queue(NotificationChannel channel, Notification notification) {
        UUID id = UUID.randomUUID();
        String payload = channel.kind() == ChannelKind.SLACK ? notification.slackJson() : notification.webhookJson(id);
        Instant now = clock.instant();
        Delivery delivery = new Delivery(id, channel.tenantId(), channel.id(), notification, payload, now, retries.rescueAt(now));
        em.persist(delivery);
        send(delivery);
        return delivery;
    }

    /** An existing delivery, back on the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    void send(Delivery delivery) {
        String json = Json.createObjectBuilder().add("deliveryId", delivery.id().toString())
                .add("tenantId", delivery.tenantId().toString()).build().toString();
        sender.send(queue, json, Map.of("deliveryId", delivery.id().toString()));
    }
}
