package dev.muster.alerts.notifications.delivery;

import dev.muster.platform.messaging.Messaging;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;

import java.io.StringReader;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes deliveries off the notification queue and attempts them ({@link Deliveries#attempt}), in
 * the container transaction that also acknowledges the message. A failed send is not an exception
 * here: it is recorded and retried through the database (see the package). A message that
 * arrives before its delivery row is visible, an exception (the database is down) or an unreadable
 * message rolls back, and the broker redelivers it (0.2 s, 0.6 s, 1.8 s … 8 times, about 11
 * minutes in all), then moves it to its dead-letter queue. The delivery row then stays QUEUED
 * until {@code NotificationJobs} finds it past its rescue time and queues it again.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Messaging.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Messaging.NOTIFICATION_QUEUE_NAME),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "8"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "200"),
        @ActivationConfigProperty(propertyName = "useExponentialBackOff", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "backOffMultiplier", propertyValue = "3")
})
public class DeliveryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeliveryConsumer.class.getName());

    @Inject
    Deliveries deliveries;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        UUID id;
        try (var reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
            id = UUID.fromString(reader.readObject().getString("deliveryId"));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Unreadable message on the notification queue; leaving it to the dead-letter queue", e);
            throw new IllegalArgumentException("Unreadable notification message", e);
        }
        if (!deliveries.attempt(id)) {
            // not an error: the queueing transaction's database branch is not visible yet; roll back quietly for a redelivery
            LOG.fine(() -> "Delivery " + id + " not visible yet; the broker redelivers its message");
            context.setRollbackOnly();
        }
    }
}
