package dev.muster.platform.mail;

import dev.muster.platform.messaging.Messaging;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.mail.MessagingException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes mails off the outbox queue and hands them to {@link Mailer}. A failure is rethrown, so the
 * broker rolls the delivery back and redelivers with exponential back-off (2 s, 6 s, 18 s … capped
 * at 10 min, 8 redeliveries); after that the broker moves it to its dead-letter queue
 * ({@code ActiveMQ.DLQ}, the broker's default shared one). Delivery is at least once: a crash between the SMTP hand-off and the
 * acknowledgement sends the mail twice, which is the lesser evil for a mail.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Messaging.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Messaging.MAIL_QUEUE_NAME),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "8"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "2000"),
        @ActivationConfigProperty(propertyName = "useExponentialBackOff", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "backOffMultiplier", propertyValue = "3"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveryDelay", propertyValue = "600000")
})
public class MailDeliveryConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailDeliveryConsumer.class.getName());

    @Inject
    Mailer mailer;

    @Override
    public void onMessage(Message message) {
        MailMessage mail;
        try {
            mail = MailMessage.fromJson(((TextMessage) message).getText());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Unreadable message on the mail queue; leaving it to the dead-letter queue", e);
            throw new IllegalArgumentException("Unreadable mail message", e);
        }
        try {
            mailer.deliver(mail);
            LOG.fine(() -> "Mail " + mail.id() + " delivered");
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail " + mail.id() + " not delivered, will retry: " + e.getMessage());
            throw new IllegalStateException("SMTP delivery failed for mail " + mail.id(), e);
        }
    }
}
