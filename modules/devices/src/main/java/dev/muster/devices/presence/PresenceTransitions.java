package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.messaging.TransactionalSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Instant;
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

    /** The transition, if this call made it; empty if the device was not in {@code from} (any more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PresenceChanged> apply(UUID deviceId, UUID tenantId, Presence from, Presence to, PresenceReason reason, Instant at) {
        int changed = em.createQuery("update DevicePresence p set p.state = :to, p.stateSince = :at, p.version = p.version + 1"
                        + " where p.deviceId = :device and p.state = :from")
                .setParameter("to", to).setParameter("at", at).setParameter("device", deviceId).setParameter("from", from)
                .executeUpdate();
        if (changed == 0) {
            return Optional.empty();
        }
        PresenceTransition transition = new PresenceTransition(tenantId, deviceId, from, to, reason, at, clock.instant());
        em.persist(transition);
        Object[] device = em.createQuery("select d.key, p.lastSeenAt from Device d, DevicePresence p"
                        + " where d.id = :device and p.deviceId = d.id", Object[].class)
                .setParameter("device", deviceId).getSingleResult();
        PresenceChanged event = new PresenceChanged(transition.id(), tenantId, deviceId, (String) device[0], from, to, reason, at,
                transition.recordedAt(), (Instant) device[1]);
        sender.send(topic, json(event), Map.of("tenantId", tenantId.toString(), "deviceId", deviceId.toString(), "to", to.name()));
        metrics.counter("muster.presence.transitions", new Tag("to", to.name().toLowerCase(Locale.ROOT))).inc();
        return Optional.of(event);
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
