package dev.muster.devices.registry;

import dev.muster.platform.messaging.Messaging;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node's subscriber to {@code muster.credentials} (non-durable: a node that is down has no
 * cache to clean): drops the cached credential state of the device whose credentials changed.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Messaging.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Messaging.CREDENTIALS_TOPIC_NAME)
})
public class CredentialEvictions implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CredentialEvictions.class.getName());

    @Inject
    CredentialCache cache;

    @Override
    public void onMessage(Message message) {
        try {
            cache.evict(UUID.fromString(((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable credential change; cached entries expire by themselves", e);
        }
    }
}
