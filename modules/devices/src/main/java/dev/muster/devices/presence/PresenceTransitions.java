package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.messaging.TransactionalSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Changes a device's presence exactly once. The change is a compare-and-set on the state
 * ({@code UPDATE … WHERE state = :from}): of any number of flushes, sweeps or nodes trying the same
 * transition, one updates the row and the others update nothing. Only the winner records the
 * transition and publishes {@link PresenceChanged}, both in the same transaction as the update, so
 * the history, the state and the event always agree.
 */
@ApplicationScoped
public class PresenceTransitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionalSender sender;

    @Resource(lookup = Messaging.PRESENCE_TOPIC)
    Topic topic;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private static final String UPDATE = "update DevicePresence p set p.state = :to, p.stateSince = :at, p.version = p.version + 1"
            + " where p.deviceId = :device and p.state = :from";

    /** The transition, if this call made it; empty if the device was not in {@code from} (any more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PresenceChanged> apply(UUID deviceId, UUID tenantId, Presence from, Presence to, PresenceReason reason, Instant at) {
        Query update = em.createQuery(UPDATE);
        return record(update, deviceId, tenantId, from, to, reason, at);
    }

    /** What the event of a transition tells about the device besides its id. */
    record Subject(String deviceKey, Instant lastSeenAt) {
    }

    /**
     * The timeouts of those {@code devices} that are still in {@code expiry}'s {@code from} state and
     * past its deadline at {@code now} (ONLINE to OFFLINE, OFFLINE to STALE), made together: their rows
     * are locked in device id order (the order flushes lock them in, so the two cannot deadlock) and
     * read again, so a heartbeat committed after the sweep chose them wins; the rest move with one
     * update, each dated at its own deadline, and are recorded and published one by one.
     * {@code keys} names the devices for the events.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<PresenceChanged> timeouts(PresenceSweeper.Expiry expiry, Collection<UUID> devices, Map<UUID, String> keys, Instant now) {
        if (devices.isEmpty()) {
            return List.of();
        }
        List<DevicePresence> due = em.createQuery("select p from DevicePresence p where p.deviceId in :ids and p.state = :from"
                        + " and p." + expiry.deadline + " < :now order by p.deviceId", DevicePresence.class)
                .setParameter("ids", devices).setParameter("from", expiry.from).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        int changed = em.createQuery("update DevicePresence p set p.state = :to, p.stateSince = p." + expiry.deadline
                        + ", p.version = p.version + 1 where p.deviceId in :ids and p.state = :from")
                .setParameter("to", expiry.to).setParameter("from", expiry.from)
                .setParameter("ids", due.stream().map(DevicePresence::deviceId).toList()).executeUpdate();
        if (changed != due.size()) {
            // the rows are locked: nothing else can have moved them
            throw new IllegalStateException("Locked " + due.size() + " devices past their deadline but moved " + changed);
        }
        Instant recordedAt = clock.instant();
        return due.stream().map(p -> recorded(p.deviceId(), p.tenantId(), expiry.from, expiry.to, PresenceReason.TIMEOUT,
                expiry.deadlineOf(p), recordedAt, new Subject(keys.get(p.deviceId()), p.lastSeenAt()))).toList();
    }

    private Optional<PresenceChanged> record(Query update, UUID deviceId, UUID tenantId, Presence from, Presence to,
                                             PresenceReason reason, Instant at) {
        int changed = update.setParameter("to", to).setParameter("at", at).setParameter("device", deviceId)
                .setParameter("from", from).executeUpdate();
        if (changed == 0) {
            return Optional.empty();
        }
        return Optional.of(recorded(deviceId, tenantId, from, to, reason, at, clock.instant(), subject(deviceId)));
    }

    private PresenceChanged recorded(UUID deviceId, UUID tenantId, Presence from, Presence to, PresenceReason reason, Instant at,
                                     Instant recordedAt, Subject subject) {
        PresenceTransition transition = new PresenceTransition(tenantId, deviceId, from, to, reason, at, recordedAt);
        em.persist(transition);
        PresenceChanged event = new PresenceChanged(transition.id(), tenantId, deviceId, subject.deviceKey(), from, to, reason, at,
                recordedAt, subject.lastSeenAt());
        sender.send(topic, json(event), Map.of("tenantId", tenantId.toString(), "deviceId", deviceId.toString(), "to", to.name()));
        metrics.counter("muster.presence.transitions", new Tag("to", to.name().toLowerCase(Locale.ROOT))).inc();
        return event;
    }

    private Subject subject(UUID deviceId) {
        Object[] device = em.createQuery("select d.key, p.lastSeenAt from Device d, DevicePresence p"
                        + " where d.id = :device and p.deviceId = d.id", Object[].class)
                .setParameter("device", deviceId).getSingleResult();
        return new Subject((String) device[0], (Instant) device[1]);
    }

    /**
     * The device's transition to {@code to} if it is now in one of {@code from}: for changes that
     * follow a decision (revocation, reset) rather than a deadline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PresenceChanged> applyFrom(Set<Presence> from, UUID deviceId, UUID tenantId, Presence to,
                                               PresenceReason reason, Instant at) {
        Presence now = em.createQuery("select p.state from DevicePresence p where p.deviceId = :device", Presence.class)
                .setParameter("device", deviceId).getResultStream().findFirst().orElse(null);
        return now != null && from.contains(now) ? apply(deviceId, tenantId, now, to, reason, at) : Optional.empty();
    }

    /**
     * An operator's mark: the device from the state it is in to {@code to} (OFFLINE or STALE, checked
     * by the caller), with reason MANUAL, through {@link #apply} like every other transition. Refused
     * with {@code CONFLICT} naming {@code state} when {@link #manualRefusal} says so, or when the
     * device's presence changed between reading and marking it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PresenceChanged mark(UUID deviceId, UUID tenantId, Presence to, Instant at) {
        Presence from = em.createQuery("select p.state from DevicePresence p where p.deviceId = :device", Presence.class)
                .setParameter("device", deviceId).getResultStream().findFirst()
                .orElseThrow(() -> MusterException.notFound("Device"));
        Optional<String> refusal = manualRefusal(from, to);
        if (refusal.isPresent()) {
            throw conflict(refusal.get());
        }
        return apply(deviceId, tenantId, from, to, PresenceReason.MANUAL, at)
                .orElseThrow(() -> conflict("The device's presence changed meanwhile; reload and try again"));
    }

    /**
     * Why a device in {@code from} cannot be marked {@code to} by hand, if it cannot: it is there
     * already; it was never seen (there is nothing to take offline); or the mark would step back from
     * STALE to OFFLINE (only a heartbeat brings a device back, and the sweep would make it STALE again).
     */
    static Optional<String> manualRefusal(Presence from, Presence to) {
        if (from == to) {
            return Optional.of("The device is " + from + " already");
        }
        if (from == Presence.NEVER_SEEN) {
            return Optional.of("The device was never seen; only a device that was heard from can be marked " + to);
        }
        if (from == Presence.STALE) {
            return Optional.of("The device is STALE; only a heartbeat brings it back");
        }
        return Optional.empty();
    }

    private static MusterException conflict(String message) {
        return new MusterException(ErrorCode.CONFLICT, message, List.of(new FieldError("state", message)), null);
    }

    static String json(PresenceChanged event) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("transitionId", event.transitionId().toString())
                .add("tenantId", event.tenantId().toString())
                .add("deviceId", event.deviceId().toString())
                .add("deviceKey", event.deviceKey())
                .add("from", event.from().name())
                .add("to", event.to().name())
                .add("reason", event.reason().name())
                .add("occurredAt", event.occurredAt().toString())
                .add("recordedAt", event.recordedAt().toString());
        if (event.lastSeenAt() != null) {
            json.add("lastSeenAt", event.lastSeenAt().toString());
        }
        return json.build().toString();
    }
}
