package dev.muster.alerts.notifications.storms;

import dev.muster.alerts.api.Severity;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.alerts.notifications.channels.Subscription;
import dev.muster.alerts.notifications.delivery.Notification;
import dev.muster.alerts.notifications.delivery.NotificationQueue;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends the digests of storms whose oldest held notice is a window old, and forgets counted notices
 * after two windows. One storm (tenant, type, change) per transaction. A digested notice is unheld,
 * not deleted: it still counts for its window, so a storm that goes on is not let out again by its
 * own digest.
 */
@ApplicationScoped
public class StormDigests {

    /** Held notices digested per transaction; a bigger storm gets another digest from the next sweep. */
    static final int BATCH = 10_000;
    public static final int PURGE_BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    StormGuard guard;

    @Inject
    NotificationQueue queue;

    @Inject
    Clock clock;

    /** The first storm due for its digest, digested; false when none is due. */
    @AcrossTenants
    @Transactional
    public boolean digestOne() {
        Instant now = clock.instant();
        List<RecentNotice> first = em.createQuery("select n from RecentNotice n where n.held = true and n.noticedAt <= :cutoff"
                        + " order by n.noticedAt", RecentNotice.class)
                .setParameter("cutoff", now.minus(guard.window())).setMaxResults(1).getResultList();
        if (first.isEmpty()) {
            return false;
        }
        RecentNotice storm = first.get(0);
        List<RecentNotice> held = em.createQuery("select n from RecentNotice n where n.held = true and n.tenantId = :tenant"
                        + " and n.type = :type and n.change = :change order by n.noticedAt", RecentNotice.class)
                .setParameter("tenant", storm.tenantId()).setParameter("type", storm.type())
                .setParameter("change", storm.change()).setMaxResults(BATCH).getResultList();
        List<NotificationChannel> channels = em.createQuery("select c from NotificationChannel c where c.tenantId = :tenant"
                        + " and c.enabled = true and c.escalation = false order by c.id", NotificationChannel.class)
                .setParameter("tenant", storm.tenantId()).getResultList();
        for (NotificationChannel channel : channels) {
            Subscription subscription = channel.subscription();
            if (!subscription.changes().contains(storm.change())) {
                continue;
            }
            List<RecentNotice> matching = held.stream()
                    .filter(n -> subscription.matchesAlert(n.severity(), n.type(), n.group())).toList();
            if (!matching.isEmpty()) {
                queue.queue(channel, Notification.digest(storm.tenantId(), worst(matching), storm.type(),
                        digestOf(matching), now));
            }
        }
        held.forEach(RecentNotice::digested);
        return true;
    }

    /** Deletes counted notices older than two windows; returns how many. */
    @AcrossTenants
    @Transactional
    public int purgeCounted() {
        List<UUID> old = em.createQuery("select n.id from RecentNotice n where n.held = false and n.noticedAt < :cutoff",
                        UUID.class)
                .setParameter("cutoff", clock.instant().minus(guard.window().multipliedBy(2)))
                .setMaxResults(PURGE_BATCH).getResultList();
        if (!old.isEmpty()) {
            em.createQuery("delete from RecentNotice n where n.id in :ids").setParameter("ids", old).executeUpdate();
        }
        return old.size();
    }

    /** How many held notices per group, largest first ({@code ""} for those without a group). */
    static Notification.Digest digestOf(List<RecentNotice> held) {
        Map<String, Long> counts = held.stream()
                .collect(Collectors.groupingBy(n -> n.group() == null ? "" : n.group(), Collectors.counting()));
        Map<String, Integer> byGroup = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue(), (a, b) -> a, LinkedHashMap::new));
        return new Notification.Digest(held.get(0).change().name(), held.size(), byGroup);
    }

    static Severity worst(List<RecentNotice> held) {
        return held.stream().map(RecentNotice::severity).min(Comparator.naturalOrder()).orElseThrow();
    }
}
