package dev.muster.platform.mail;

import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.messaging.TransactionalSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Queues a mail in the caller's transaction, so the mail is sent if and only if the change that
 * caused it commits. Delivery happens later in {@link MailDeliveryConsumer}.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    TransactionalSender sender;

    @Resource(lookup = Messaging.MAIL_QUEUE)
    Queue mailQueue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(MailMessage mail) {
        sender.send(mailQueue, mail.toJson(), Map.of("mailId", mail.id().toString()));
    }
}
