package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Records occurrences and automatic resolutions for every source (presence, rules, devices,
 * operators), in the caller's transaction: the alert change, its timeline entry, its audit entry
 * and its {@link AlertNotice} commit or roll back together. Works with explicit tenant ids, so it
 * serves sources that act across tenants (a presence event, a flush of many tenants' heartbeats)
 * as well as requests in one tenant.
 * <p>
 * A new occurrence of a device's type repeats its unresolved alert, or reopens the latest one
 * resolved within {@code muster.alerts.reopen-window-minutes} (60), or opens a new one. Two nodes
 * opening the same device's type at once collide on the open key's unique constraint; the loser's
 * transaction rolls back and its boundary retries, finding the winner's alert ({@link OpenKeyRace}).
 * An existing alert is read with a row lock, so concurrent repeats of one alert count up one after
 * the other instead of failing on its version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Occurrences {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AlertNotice> notices;

    @Inject
    @ConfigProperty(name = "muster.alerts.reopen-window-minutes", defaultValue = "60")
    long reopenWindowMinutes;

    /** The alert the occurrence opened, repeated or reopened; empty if it was already recorded or is older than a resolution. */
    public Optional<Alert> raise(Occurrence o) {
        if (alreadyRecorded(o.sourceRef())) {
            return Optional.empty();
        }
        Alert.DeviceLabel device = o.device();
        if (device != null) {
            Optional<Alert> unresolved = unresolved(o.tenantId(), device.id(), o.type());
            if (unresolved.isPresent()) {
                return Optional.of(change(unresolved.get(), unresolved.get().occur(o.at(), o.severity(), o.message(), o.details(),
                        device, o.actor(), o.sourceRef()), o.actor(), o.at()));
            }
            Optional<Alert> latest = latestResolved(o.tenantId(), device.id(), o.type());
            if (latest.isPresent() && !o.at().isAfter(latest.get().resolvedAt())) {
                // dated before the resolution that followed it: a late or redelivered event, not news
                return Optional.empty();
            }
            if (latest.isPresent() && latest.get().resolvedAt().isAfter(o.at().minus(Duration.ofMinutes(reopenWindowMinutes)))) {
                Alert reopened = latest.get();
                AlertNotice.Change change = reopened.occur(o.at(), o.severity(), o.message(), o.details(), device, o.actor(),
                        o.sourceRef());
                em.flush();
                return Optional.of(change(reopened, change, o.actor(), o.at()));
            }
        }
        Alert alert = new Alert(o.tenantId(), o.source(), o.type(), o.severity(), o.message(), o.details(), device, o.at(),
                o.actor(), o.sourceRef());
        em.persist(alert);
        em.flush();
        return Optional.of(change(alert, AlertNotice.Change.OPENED, o.actor(), o.at()));
    }

    /** Resolves the device's unresolved alert of {@code type} automatically, if there is one. */
    public Optional<Alert> clear(UUID tenantId, UUID deviceId, String type, Instant at, String note, UUID sourceRef) {
        if (alreadyRecorded(sourceRef)) {
            return Optional.empty();
        }
        return unresolved(tenantId, deviceId, type).flatMap(alert -> alert.resolve(Alert.AUTOMATICALLY, at, note, sourceRef)
                .map(change -> change(alert, change, Alert.AUTOMATICALLY, at)));
    }

    /** Unresolved alerts of these devices with these types, for sources that check many at once. */
    public List<Alert> unresolved(UUID tenantId, Collection<UUID> deviceIds, Collection<String> types) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Alert a where a.tenantId = :tenant and a.deviceId in :devices and a.type in :types"
                        + " and a.openKey is not null", Alert.class)
                .setParameter("tenant", tenantId).setParameter("devices", deviceIds).setParameter("types", types)
                .getResultList();
    }

    /** Audits the change and publishes its notice; the alert is returned for chaining. */
    Alert change(Alert alert, AlertNotice.Change change, String actor, Instant at) {
        audit(alert, "alert." + change.name().toLowerCase(Locale.ROOT), alert.message());
        notices.fire(alert.notice(change, actor, at));
        return alert;
    }

    /** Audits a change that channels are not told about (a note, an assignment). */
    void audit(Alert alert, String action, String summary) {
        audit.recordIn(alert.tenantId(), action, "alert", alert.id(),
                alert.type() + (alert.deviceName() == null ? "" : " on " + alert.deviceName()) + ": " + summary);
    }

    private Optional<Alert> unresolved(UUID tenantId, UUID deviceId, String type) {
        return em.createQuery("select a from Alert a where a.tenantId = :tenant and a.openKey = :key", Alert.class)
                .setParameter("tenant", tenantId).setParameter("key", Alert.openKey(deviceId, type))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private Optional<Alert> latestResolved(UUID tenantId, UUID deviceId, String type) {
        return em.createQuery("select a from Alert a where a.tenantId = :tenant and a.deviceId = :device and a.type = :type"
                        + " and a.status = :resolved order by a.resolvedAt desc", Alert.class)
                .setParameter("tenant", tenantId).setParameter("device", deviceId).setParameter("type", type)
                .setParameter("resolved", AlertStatus.RESOLVED).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private boolean alreadyRecorded(UUID sourceRef) {
        return sourceRef != null && !em.createQuery("select e.id from AlertEntry e where e.sourceRef = :ref", UUID.class)
                .setParameter("ref", sourceRef).setMaxResults(1).getResultList().isEmpty();
    }
}
