package dev.muster.alerts.presence;

import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.Severity;
import dev.muster.alerts.lifecycle.Alert;
import dev.muster.alerts.lifecycle.AlertDetails;
import dev.muster.alerts.lifecycle.AlertTypes;
import dev.muster.alerts.lifecycle.Occurrence;
import dev.muster.alerts.lifecycle.Occurrences;
import dev.muster.devices.api.DeviceLabel;
import dev.muster.devices.api.DeviceLabels;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a presence transition means for alerts: OFFLINE opens DEVICE_OFFLINE (MAJOR), STALE opens
 * DEVICE_STALE (MINOR), and ONLINE resolves both automatically. A revoked device going offline, or a
 * reset device going back to NEVER_SEEN, resolves them too: nobody needs to chase a device that was
 * taken out of service on purpose.
 * <p>
 * Idempotent: every timeline entry it writes carries a reference derived from the transition id and
 * the alert type, unique in the database, so a redelivered event finds its entry and changes
 * nothing; an event dated before the resolution that followed it (delivered late) is ignored too.
 * Works across tenants because an event may concern any tenant; the tenant comes from the event.
 */
@ApplicationScoped
@AcrossTenants
@Transactional(Transactional.TxType.MANDATORY)
public class PresenceAlerts {

    @Inject
    Occurrences occurrences;

    @Inject
    DeviceLabels devices;

    public void apply(PresenceChanged event) {
        DeviceLabel label = devices.of(Set.of(event.deviceId())).get(event.deviceId());
        if (label == null || !label.tenantId().equals(event.tenantId())) {
            return;
        }
        boolean outOfService = event.reason() == PresenceReason.REVOKED || event.reason() == PresenceReason.RESET;
        if (event.to() == Presence.ONLINE || outOfService) {
            String note = event.to() == Presence.ONLINE ? "The device is back online"
                    : event.reason() == PresenceReason.REVOKED ? "The device was revoked" : "The device was reset";
            for (String type : List.of(AlertTypes.DEVICE_OFFLINE, AlertTypes.DEVICE_STALE)) {
                occurrences.clear(event.tenantId(), event.deviceId(), type, event.occurredAt(), note, reference(event, type));
            }
            return;
        }
        if (event.to() == Presence.OFFLINE || event.to() == Presence.STALE) {
            boolean offline = event.to() == Presence.OFFLINE;
            String type = offline ? AlertTypes.DEVICE_OFFLINE : AlertTypes.DEVICE_STALE;
            Map<String, String> details = new LinkedHashMap<>();
            details.put("reason", event.reason().name());
            if (event.lastSeenAt() != null) {
                details.put("lastSeenAt", event.lastSeenAt().toString());
            }
            String message = label.name() + (offline ? " is offline" : " has been silent so long it is stale");
            occurrences.raise(new Occurrence(event.tenantId(), new Alert.DeviceLabel(label.id(), label.name(), label.group()),
                    AlertSource.PRESENCE, type, offline ? Severity.MAJOR : Severity.MINOR,
                    message.length() > Alert.MESSAGE ? message.substring(0, Alert.MESSAGE) : message,
                    AlertDetails.write(details), event.occurredAt(), Alert.AUTOMATICALLY, reference(event, type)));
        }
    }

    /** One transition may touch two alert types; each entry gets its own unique reference. */
    static UUID reference(PresenceChanged event, String type) {
        return UUID.nameUUIDFromBytes((event.transitionId() + ":" + type).getBytes(StandardCharsets.UTF_8));
    }
}
