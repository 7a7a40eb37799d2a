package dev.muster.alerts.notifications;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.alerts.notifications.delivery.Notification;
import dev.muster.alerts.notifications.delivery.NotificationQueue;
import dev.muster.alerts.notifications.reminders.Reminders;
import dev.muster.alerts.notifications.storms.StormGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Hears every alert change in the transaction that makes it (a synchronous observer in the default
 * phase, not after completion) and queues one delivery per enabled channel of the alert's tenant
 * whose subscription matches, unless the notice is part of a storm ({@link StormGuard}: then it is
 * held for a digest), and keeps the reminders of unacknowledged alerts up to date
 * ({@link Reminders}). A failure here rolls the alert change back: an alert is never
 * committed without its notifications. The query names the tenant explicitly, so it works both in
 * a tenant's request and in a sweep across tenants.
 */
@ApplicationScoped
public class NoticeObserver {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationQueue queue;

    @Inject
    StormGuard storms;

    @Inject
    Reminders reminders;

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes AlertNotice notice) {
        reminders.track(notice);
        List<NotificationChannel> matching = em.createQuery("select c from NotificationChannel c where c.tenantId = :tenant"
                                + " and c.enabled = true and c.escalation = false order by c.id", NotificationChannel.class)
                .setParameter("tenant", notice.tenantId())
                .getResultStream()
                .filter(channel -> channel.subscription().matches(notice))
                .toList();
        if (matching.isEmpty() || storms.holds(notice)) {
            return;
        }
        Notification notification = Notification.of(notice);
        matching.forEach(channel -> queue.queue(channel, notification));
    }
}
