package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AttemptView;
import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.alerts.api.DeliveryView;
import dev.muster.alerts.api.NotificationDeliveries;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attempts deliveries, puts due retries back on the queue, and shows and retries them for a
 * tenant's ADMINs.
 */
@ApplicationScoped
public class Deliveries implements NotificationDeliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    /** Due retries put back on the queue per transaction. */
    public static final int REQUEUE_BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Senders senders;

    @Inject
    RetryPolicy retries;

    @Inject
    NotificationQueue queue;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One attempt of a QUEUED delivery, recorded with its outcome: DELIVERED, WAITING with its next
     * try, or DEAD after the last attempt. The row is locked first, so a duplicate message for the
     * same delivery waits and then finds it DELIVERED or DEAD, and does nothing.
     *
     * @return false when the message came too early: the broker and the database commit a queueing
     * transaction as two branches, and the message may be consumed before the database branch is
     * visible (no row yet, or still WAITING). The caller then rolls back, so that the broker
     * delivers the message again a moment later.
     */
    @AcrossTenants
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean attempt(UUID id) {
        Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.status() == DeliveryStatus.WAITING) {
            return false;
        }
        if (delivery.status() != DeliveryStatus.QUEUED) {
            return true;
        }
        NotificationChannel channel = em.find(NotificationChannel.class, delivery.channelId());
        int number = delivery.attempt();
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        String error = null;
        try {
            senders.send(channel, delivery);
        } catch (DeliveryFailure e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            // the message of e may hold the target (a URL that does not parse is quoted whole), and a Slack URL is a secret
            error = "internal error: " + e.getClass().getSimpleName();
            LOG.log(Level.WARNING, () -> "Delivery " + id + " failed internally: " + e.getClass().getName());
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Instant now = clock.instant();
        if (error == null) {
            delivery.delivered(now);
            em.persist(new DeliveryAttempt(delivery, number, started, null, null, millis));
            return true;
        }
        Instant nextTry = retries.nextTry(number, now);
        delivery.failed(error, nextTry);
        em.persist(new DeliveryAttempt(delivery, number, started, error, nextTry, millis));
        String failure = error;
        LOG.info(() -> "Delivery " + id + " attempt " + number + " failed (" + failure + "); "
                + (nextTry == null ? "dead letter now" : "next try at " + nextTry));
        return true;
    }

    /**
     * Puts WAITING deliveries whose next try is due, and QUEUED ones past their rescue time (their
     * message was lost), back on the queue; returns how many.
     */
    @AcrossTenants
    @Transactional(Transactional.TxType.REQUIRED)
    public int requeueDue() {
        Instant now = clock.instant();
        List<Delivery> due = em.createQuery("select d from Delivery d where d.status in :statuses and d.nextTryAt <= :now"
                        + " order by d.nextTryAt", Delivery.class)
                .setParameter("statuses", List.of(DeliveryStatus.WAITING, DeliveryStatus.QUEUED)).setParameter("now", now)
                .setMaxResults(REQUEUE_BATCH).getResultList();
        for (Delivery delivery : due) {
            if (delivery.status() == DeliveryStatus.QUEUED) {
                LOG.warning(() -> "Delivery " + delivery.id() + " was still queued at its rescue time; queued again");
            }
            delivery.requeue(false, retries.rescueAt(now));
            queue.send(delivery);
        }
        return due.size();
    }

    /** A channel's test: a real delivery through the queue like any other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryView queueTest(NotificationChannel channel, Notification test) {
        return queue.queue(channel, test).view(channel.name());
    }

    @Override
    @Authorized(Role.ADMIN)
    @Transactional
    public Page<DeliveryView> list(DeliveryStatus status, UUID channelId, UUID alertId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and d.status = :status");
            params.put("status", status);
        }
        if (channelId != null) {
            where.append(" and d.channelId = :channel");
            params.put("channel", channelId);
        }
        if (alertId != null) {
            where.append(" and d.alertId = :alert");
            params.put("alert", alertId);
        }
        TypedQuery<Delivery> select = em.createQuery("select d from Delivery d" + where
                + " order by d.createdAt desc, d.id", Delivery.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from Delivery d" + where, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Delivery> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<UUID, String> names = channelNames(items);
        return new Page<>(items.stream().map(d -> d.view(names.get(d.channelId()))).toList(), count.getSingleResult(),
                page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    @Transactional
    public DeliveryView get(UUID id) {
        Delivery delivery = find(id);
        return delivery.view(channelNames(List.of(delivery)).get(delivery.channelId()));
    }

    @Override
    @Authorized(Role.ADMIN)
    @Transactional
    public List<AttemptView> attempts(UUID id) {
        find(id);
        return em.createQuery("select a from DeliveryAttempt a where a.deliveryId = :id order by a.attemptedAt, a.number",
                        DeliveryAttempt.class)
                .setParameter("id", id).getResultStream().map(DeliveryAttempt::view).toList();
    }

    /** Gives a dead letter a fresh round of attempts, queued now; audited. */
    @Override
    @Authorized(Role.ADMIN)
    @Transactional
    public DeliveryView retry(UUID id) {
        Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw MusterException.notFound("Delivery");
        }
        if (delivery.status() != DeliveryStatus.DEAD) {
            throw new MusterException(ErrorCode.CONFLICT, "Only a dead delivery can be retried; this one is " + delivery.status());
        }
        delivery.requeue(true, retries.rescueAt(clock.instant()));
        queue.send(delivery);
        audit.record("notification-delivery.retried", "notification-delivery", id, delivery.subject());
        return delivery.view(channelNames(List.of(delivery)).get(delivery.channelId()));
    }

    private Delivery find(UUID id) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery == null) {
            throw MusterException.notFound("Delivery");
        }
        return delivery;
    }

    private Map<UUID, String> channelNames(List<Delivery> deliveries) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> ids = deliveries.stream().map(Delivery::channelId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select c from NotificationChannel c where c.id in :ids", NotificationChannel.class)
                    .setParameter("ids", ids).getResultStream().forEach(c -> names.put(c.id(), c.name()));
        }
        return names;
    }
}
