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
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a JSON text message in the caller's transaction: the JMS session is enlisted in the same
 * JTA transaction as the database work, so the message leaves if and only if the change that caused
 * it commits. One connection, session and producer serve every message of a transaction (a sweep or
 * a flush sends hundreds) and are closed when it completes. Uses the classic JMS 1.1 API because the
 * ActiveMQ resource adapter does not support {@code JMSContext}.
 * <p>
 * When the container has not enlisted the connection, the adapter silently hands out an
 * auto-acknowledge session whose every message leaves at once; the sender refuses such a session
 * ({@link IllegalStateException}, so the caller's transaction rolls back) rather than break the
 * promise above.
 */
@ApplicationScoped
public class TransactionalSender {

    private static final Logger LOG = Logger.getLogger(TransactionalSender.class.getName());

    @Resource(lookup = Messaging.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Destination destination, String json, Map<String, String> properties) {
        try {
            Sending sending = sending();
            TextMessage message = sending.session.createTextMessage(json);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            sending.producer.send(destination, message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot send a message to " + destination, e);
        }
    }

    private Sending sending() throws JMSException {
        Sending sending = (Sending) transactions.getResource(Sending.class);
        if (sending == null) {
            Connection connection = connectionFactory.createConnection();
            try {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                if (!session.getTransacted()) {
                    // the adapter hands out an auto-acknowledge session when the connection is not enlisted:
                    // its messages would leave at once, whatever became of the transaction
                    throw new IllegalStateException("The JMS session is not enlisted in the JTA transaction");
                }
                sending = new Sending(connection, session, session.createProducer(null));
            } catch (JMSException | RuntimeException e) {
                connection.close();
                throw e;
            }
            transactions.putResource(Sending.class, sending);
            transactions.registerInterposedSynchronization(sending);
        }
        return sending;
    }

    /** The connection of one transaction's messages, closed when the transaction completes. */
    private record Sending(Connection connection, Session session, MessageProducer producer) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // the messages commit or roll back with the transaction the session is enlisted in
        }

        @Override
        public void afterCompletion(int status) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.log(Level.FINE, "Closing a JMS connection after its transaction failed", e);
            }
        }
    }
}
