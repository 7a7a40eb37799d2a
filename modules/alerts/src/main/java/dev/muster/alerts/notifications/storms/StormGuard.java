package dev.muster.alerts.notifications.storms;

import dev.muster.alerts.api.AlertNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides, in the alert's transaction, whether a notice goes out now or is held for a storm digest:
 * held when {@code threshold} notices of the same tenant, type and change were counted within the
 * window before it. Either way the notice is counted.
 */
@ApplicationScoped
public class StormGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.notifications.storm.threshold", defaultValue = "10")
    int threshold;

    @Inject
    @ConfigProperty(name = "muster.notifications.storm.window-seconds", defaultValue = "60")
    long windowSeconds;

    /** Counts the notice; true when it is held for a digest instead of being sent now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(AlertNotice notice) {
        Instant now = clock.instant();
        long recent = em.createQuery("select count(n) from RecentNotice n where n.tenantId = :tenant and n.type = :type"
                        + " and n.change = :change and n.noticedAt > :since", Long.class)
                .setParameter("tenant", notice.tenantId()).setParameter("type", notice.type())
                .setParameter("change", notice.change()).setParameter("since", now.minusSeconds(windowSeconds))
                .getSingleResult();
        boolean held = isStorm(recent, threshold);
        em.persist(new RecentNotice(notice, held, now));
        return held;
    }

    /** A notice is held once {@code threshold} others came within the window before it. */
    static boolean isStorm(long recentBefore, int threshold) {
        return recentBefore >= threshold;
    }

    Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }
}
