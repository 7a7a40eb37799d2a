package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Finds devices whose silence has passed a deadline and moves them on: ONLINE past
 * {@code offline_at} to OFFLINE, OFFLINE past {@code stale_at} to STALE, both with reason TIMEOUT
 * and dated at the deadline itself (when the device actually crossed it), so uptime figures do not
 * depend on when the sweep ran. One batch per transaction; a transition another sweep or node made
 * first is simply skipped (see {@link PresenceTransitions}).
 */
@ApplicationScoped
@Transactional
@AcrossTenants
public class PresenceSweeper {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PresenceTransitions transitions;

    /** Sweeps one batch of each kind; returns how many devices changed. */
    int sweep(Instant now) {
        return expire(Presence.ONLINE, Presence.OFFLINE, "offlineAt", now) + expire(Presence.OFFLINE, Presence.STALE, "staleAt", now);
    }

    private int expire(Presence from, Presence to, String deadline, Instant now) {
        List<Object[]> due = em.createQuery("select p.deviceId, p.tenantId, p." + deadline + " from DevicePresence p"
                        + " where p.state = :from and p." + deadline + " < :now order by p." + deadline, Object[].class)
                .setParameter("from", from).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        // locked in device id order, as flushes lock them, so a sweep and a flush cannot deadlock
        int changed = 0;
        for (Object[] row : due.stream().sorted(Comparator.comparing(row -> (UUID) row[0])).toList()) {
            if (transitions.apply((UUID) row[0], (UUID) row[1], from, to, PresenceReason.TIMEOUT, (Instant) row[2]).isPresent()) {
                changed++;
            }
        }
        return changed;
    }
}
