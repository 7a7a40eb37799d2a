package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds devices whose silence has passed a deadline and moves them on: ONLINE past
 * {@code offline_at} to OFFLINE, OFFLINE past {@code stale_at} to STALE, both with reason TIMEOUT
 * and dated at the deadline itself (when the device actually crossed it), so uptime figures do not
 * depend on when the sweep ran. One batch per transaction; a transition another sweep or node made
 * first is simply skipped (see {@link PresenceTransitions}).
 * <p>
 * The database alone does not decide that a device is silent: a device this node heard from, whose
 * sighting is still in its {@link LastSeenBuffer} (not flushed yet, in a flush under way, or in a
 * chunk that failed and waits for the next flush), is left alone, and the transition itself is made
 * only if the deadline is still past once the row is locked. A flush that falls behind therefore
 * delays what the database shows, never turns a device that is sending into an offline one.
 * <p>
 * A batch's transitions are made together ({@link PresenceTransitions#timeouts}: one locking read,
 * one update, then a history row and an event each), so the last device of a batch is not recorded
 * much later than the first, whose deadline may be the oldest.
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

    @Inject
    LastSeenBuffer buffer;

    /** A deadline the sweep enforces: devices in {@code from} past it move to {@code to}. */
    enum Expiry {
        OFFLINE(Presence.ONLINE, Presence.OFFLINE, "offlineAt", DevicePresence::offlineAt),
        STALE(Presence.OFFLINE, Presence.STALE, "staleAt", DevicePresence::staleAt);

        final Presence from;
        final Presence to;
        /** The deadline's attribute in queries. */
        final String deadline;
        private final Function<DevicePresence, Instant> deadlineOf;

        Expiry(Presence from, Presence to, String deadline, Function<DevicePresence, Instant> deadlineOf) {
            this.from = from;
            this.to = to;
            this.deadline = deadline;
            this.deadlineOf = deadlineOf;
        }

        Instant deadlineOf(DevicePresence presence) {
            return deadlineOf.apply(presence);
        }
    }

    /**
     * One batch's outcome.
     *
     * @param due    devices found past the deadline, at most {@link #BATCH}
     * @param kept   of those, the ones this node heard from (left alone)
     * @param passed the devices of the batch it did not change (kept, or changed by someone else first)
     */
    record Batch(int due, int changed, int kept, List<UUID> passed) {

        boolean full() {
            return due == BATCH;
        }
    }

    /**
     * Sweeps one batch of the devices past {@code expiry}'s deadline at {@code now}, oldest deadline
     * first, stepping over the devices in {@code passed} (those earlier batches of the same sweep left
     * alone), so they cannot keep it from the devices behind them. The order is the index's own, so a
     * batch reads {@value #BATCH} rows however many are due.
     */
    Batch expire(Expiry expiry, Instant now, Set<UUID> passed) {
        String deadline = "p." + expiry.deadline;
        TypedQuery<UUID> query = em.createQuery("select p.deviceId from DevicePresence p where p.state = :from and " + deadline + " < :now"
                        + (passed.isEmpty() ? "" : " and p.deviceId not in :passed")
                        + " order by " + deadline, UUID.class)
                .setParameter("from", expiry.from).setParameter("now", now);
        if (!passed.isEmpty()) {
            query.setParameter("passed", passed);
        }
        List<UUID> due = query.setMaxResults(BATCH).getResultList();
        Set<UUID> kept = due.stream().filter(device -> buffer.keepsAlive(device, now)).collect(Collectors.toSet());
        List<UUID> silent = due.stream().filter(device -> !kept.contains(device)).toList();
        // the keys in one query per batch: a join in the query above made H2 give up the index's order
        Map<UUID, String> keys = silent.isEmpty() ? Map.of()
                : em.createQuery("select d.id, d.key from Device d where d.id in :ids", Object[].class)
                        .setParameter("ids", silent).getResultStream()
                        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        Set<UUID> changed = transitions.timeouts(expiry, silent, keys, now).stream().map(PresenceChanged::deviceId)
                .collect(Collectors.toSet());
        return new Batch(due.size(), changed.size(), kept.size(), due.stream().filter(device -> !changed.contains(device)).toList());
    }
}
