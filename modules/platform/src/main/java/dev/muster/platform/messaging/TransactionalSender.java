package dev.muster.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Sends a JSON text message in the caller's transaction: the JMS session is enlisted in the same
 * JTA transaction as the database work, so the message leaves if and only if the change that caused
 * it commits. Uses the classic JMS 1.1 API because the ActiveMQ resource adapter does not support
 * {@code JMSContext}.
 */
@ApplicationScoped
public class TransactionalSender {

    @Resource(lookup = Messaging.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Destination destination, String json, Map<String, String> properties) {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer producer = session.createProducer(destination)) {
            TextMessage message = session.createTextMessage(json);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot send a message to " + destination, e);
        }
    }
}
