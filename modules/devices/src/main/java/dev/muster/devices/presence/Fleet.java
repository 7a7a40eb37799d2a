package dev.muster.devices.presence;

import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.FleetWindow;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the caller's tenant's devices, one grouped query each, and the fleet's presence over
 * time from its samples (the tenant condition is added by Hibernate); callers check access.
 */
@ApplicationScoped
@Transactional
public class Fleet {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public FleetSummary summary() {
        Map<Presence, Long> byPresence = new EnumMap<>(Presence.class);
        for (Presence presence : Presence.values()) {
            byPresence.put(presence, 0L);
        }
        em.createQuery("select p.state, count(p) from DevicePresence p group by p.state", Object[].class)
                .getResultStream().forEach(row -> byPresence.put((Presence) row[0], (Long) row[1]));
        long total = byPresence.values().stream().mapToLong(Long::longValue).sum();
        return new FleetSummary(total, byPresence, top("d.info.os"), top("d.type"), top("d.info.agentVersion"), top("d.group"),
                uptime(clock.instant()));
    }

    /** The window's samples, thinned to its resolution, with the uptime of all of them. */
    public FleetHistory history(FleetWindow window) {
        Instant now = clock.instant();
        Instant from = now.minus(window.length());
        List<FleetHistory.Point> samples = em.createQuery("select s from FleetPresenceSample s where s.sampledAt > :from"
                        + " order by s.sampledAt", FleetPresenceSample.class)
                .setParameter("from", from).getResultStream().map(FleetPresenceSample::point).toList();
        return new FleetHistory(window.label(), from, now, window.resolution().toSeconds(), FleetSeries.uptime(samples),
                FleetSeries.thin(samples, window.resolution()));
    }

    /** Σ online and Σ (online + offline) per window, in one pass over the longest window's samples. */
    private PresenceHistory.Uptime uptime(Instant now) {
        Object[] sums = em.createQuery("select"
                        + " sum(case when s.sampledAt > :day then s.online else 0 end),"
                        + " sum(case when s.sampledAt > :day then s.online + s.offline else 0 end),"
                        + " sum(case when s.sampledAt > :week then s.online else 0 end),"
                        + " sum(case when s.sampledAt > :week then s.online + s.offline else 0 end),"
                        + " sum(s.online), sum(s.online + s.offline)"
                        + " from FleetPresenceSample s where s.sampledAt > :month", Object[].class)
                .setParameter("day", now.minus(FleetWindow.LAST_24_HOURS.length()))
                .setParameter("week", now.minus(FleetWindow.LAST_7_DAYS.length()))
                .setParameter("month", now.minus(FleetWindow.LAST_30_DAYS.length()))
                .getSingleResult();
        return new PresenceHistory.Uptime(FleetSeries.uptime(number(sums[0]), number(sums[1])),
                FleetSeries.uptime(number(sums[2]), number(sums[3])), FleetSeries.uptime(number(sums[4]), number(sums[5])));
    }

    private static Long number(Object sum) {
        return sum == null ? null : ((Number) sum).longValue();
    }

    private List<FleetSummary.Count> top(String attribute) {
        return em.createQuery("select " + attribute + ", count(d) from Device d group by " + attribute
                        + " order by count(d) desc, " + attribute, Object[].class)
                .setMaxResults(FleetSummary.TOP).getResultStream()
                .map(row -> new FleetSummary.Count((String) row[0], (Long) row[1])).toList();
    }
}
