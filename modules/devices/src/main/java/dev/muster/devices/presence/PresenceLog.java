package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceHistory;
import dev.muster.devices.api.PresenceView;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads a device's presence history and computes its uptime from it; callers check access to the device. */
@ApplicationScoped
@Transactional
public class PresenceLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The device's presence as it is in the database now, also if this transaction read it before a transition. */
    public PresenceView current(UUID deviceId) {
        DevicePresence presence = find(deviceId);
        em.refresh(presence);
        return presence.view();
    }

    public PresenceHistory of(UUID deviceId, PageRequest page) {
        DevicePresence presence = find(deviceId);
        Instant now = clock.instant();
        List<PresenceHistory.Transition> transitions = em.createQuery("select t from PresenceTransition t where t.deviceId = :device"
                        + " order by t.occurredAt desc, t.id", PresenceTransition.class)
                .setParameter("device", deviceId).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(t -> new PresenceHistory.Transition(t.from(), t.to(), t.reason(), t.occurredAt(), t.recordedAt())).toList();
        long total = em.createQuery("select count(t) from PresenceTransition t where t.deviceId = :device", Long.class)
                .setParameter("device", deviceId).getSingleResult();
        List<PresenceTransition> month = em.createQuery("select t from PresenceTransition t where t.deviceId = :device"
                        + " and t.occurredAt >= :since order by t.occurredAt, t.id", PresenceTransition.class)
                .setParameter("device", deviceId).setParameter("since", now.minus(Duration.ofDays(30))).getResultList();
        Presence before = em.createQuery("select t.to from PresenceTransition t where t.deviceId = :device and t.occurredAt < :since"
                        + " order by t.occurredAt desc, t.id desc", Presence.class)
                .setParameter("device", deviceId).setParameter("since", now.minus(Duration.ofDays(30)))
                .setMaxResults(1).getResultStream().findFirst().orElse(Presence.NEVER_SEEN);
        Instant created = em.createQuery("select d.createdAt from Device d where d.id = :device", Instant.class)
                .setParameter("device", deviceId).getSingleResult();
        Uptime uptime = new Uptime(before, month.stream().map(t -> new Uptime.Change(t.to(), t.occurredAt())).toList(), created);
        return new PresenceHistory(presence.view(), new PresenceHistory.Uptime(uptime.over(now, Duration.ofHours(24)),
                uptime.over(now, Duration.ofDays(7)), uptime.over(now, Duration.ofDays(30))), transitions, total);
    }

    private DevicePresence find(UUID deviceId) {
        DevicePresence presence = deviceId == null ? null : em.find(DevicePresence.class, deviceId);
        if (presence == null) {
            throw MusterException.notFound("Device");
        }
        return presence;
    }
}
