package dev.muster.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;

/**
 * Queues a mail in the caller's transaction: the JMS session is enlisted in the same JTA
 * transaction as the database work, so the mail is sent if and only if the change that caused it
 * commits. Delivery happens later in {@link MailDeliveryConsumer}.
 *
 * <p>Uses the classic JMS 1.1 API because the ActiveMQ resource adapter does not support
 * {@code JMSContext}.
 */
@ApplicationScoped
public class Outbox {

    @Resource(lookup = Messaging.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Messaging.MAIL_QUEUE)
    Queue mailQueue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(MailMessage mail) {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer producer = session.createProducer(mailQueue)) {
            TextMessage message = session.createTextMessage(mail.toJson());
            message.setStringProperty("mailId", mail.id().toString());
            producer.send(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot queue mail " + mail.id(), e);
        }
    }
}
