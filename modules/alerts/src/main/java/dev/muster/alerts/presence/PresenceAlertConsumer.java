package dev.muster.alerts.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns presence transitions into alerts ({@link PresenceAlerts}), through a <b>durable</b>
 * subscription on {@code muster.presence}: transitions published while the application is
 * redeployed or restarted wait in the broker instead of being lost. The subscription is named by
 * the client id {@value #CLIENT_ID} and subscription {@value #SUBSCRIPTION}.
 * <p>
 * Several nodes on one broker: ActiveMQ lets one connection at a time hold a client id, so the
 * first node to connect consumes and the others' activations are refused and keep retrying, taking
 * over when it goes (active/standby, which is what one subscription means). Each transition is
 * therefore handled once per cluster, and handling it twice after a failover changes nothing
 * (idempotent by transition id).
 * <p>
 * One message, one container transaction: a failure is rethrown, so the broker rolls the delivery
 * back and redelivers it (1 s, then doubling up to 5 min, 8 times) before its dead-letter queue.
 * <p>
 * One session ({@code maxSessions} 1): the transitions of a device are handled in the order they
 * were published, and the subscription's deliveries never run side by side. With the resource
 * adapter's default of 10 sessions, a storm of 10,000 offline transitions (the notification
 * benchmark) made concurrent deliveries of the one durable subscription fail their XA enlistment
 * ("the resource is already being used in transaction context"), and every rolled-back delivery
 * held the subscription for its growing redelivery delay: 816 alerts in 10 minutes.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Messaging.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Messaging.PRESENCE_TOPIC_NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = PresenceAlertConsumer.CLIENT_ID),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = PresenceAlertConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "8"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "1000"),
        @ActivationConfigProperty(propertyName = "useExponentialBackOff", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "backOffMultiplier", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveryDelay", propertyValue = "300000")
})
public class PresenceAlertConsumer implements MessageListener {

    static final String CLIENT_ID = "muster-alerts";
    static final String SUBSCRIPTION = "muster-alerts-presence";
    private static final Logger LOG = Logger.getLogger(PresenceAlertConsumer.class.getName());
    private static final Caller AUTOMATIC = new Caller(Caller.Kind.SYSTEM, null, "automatically", null, null, false);

    @Inject
    PresenceAlerts alerts;

    @Inject
    CallerContext callers;

    @Override
    public void onMessage(Message message) {
        PresenceChanged event;
        try {
            event = parse(((TextMessage) message).getText());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Unreadable message on the presence topic; leaving it to the dead-letter queue", e);
            throw new IllegalArgumentException("Unreadable presence message", e);
        }
        callers.set(AUTOMATIC);
        try {
            alerts.apply(event);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Alerts of presence transition " + event.transitionId() + " failed, will retry: " + e);
            throw e;
        }
    }

    static PresenceChanged parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new PresenceChanged(UUID.fromString(json.getString("transitionId")), UUID.fromString(json.getString("tenantId")),
                    UUID.fromString(json.getString("deviceId")), json.getString("deviceKey", null),
                    Presence.valueOf(json.getString("from")), Presence.valueOf(json.getString("to")),
                    PresenceReason.valueOf(json.getString("reason")), Instant.parse(json.getString("occurredAt")),
                    Instant.parse(json.getString("recordedAt")),
                    json.containsKey("lastSeenAt") ? Instant.parse(json.getString("lastSeenAt")) : null);
        }
    }
}
