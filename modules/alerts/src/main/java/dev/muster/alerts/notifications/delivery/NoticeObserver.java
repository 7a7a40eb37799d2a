package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hears every alert change in the transaction that makes it (a synchronous observer in the default
 * phase, not after completion) and queues one delivery per enabled channel of the alert's tenant
 * whose subscription matches. A failure here rolls the alert change back: an alert is never
 * committed without its notifications. The query names the tenant explicitly, so it works both in
 * a tenant's request and in a sweep across tenants.
 */
@ApplicationScoped
public class NoticeObserver {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationQueue queue;

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes AlertNotice notice) {
        Notification notification = Notification.of(notice);
        em.createQuery("select c from NotificationChannel c where c.tenantId = :tenant and c.enabled = true order by c.id",
                        NotificationChannel.class)
                .setParameter("tenant", notice.tenantId())
                .getResultStream()
                .filter(channel -> channel.subscription().matches(notice))
                .forEach(channel -> queue.queue(channel, notification));
    }
}
