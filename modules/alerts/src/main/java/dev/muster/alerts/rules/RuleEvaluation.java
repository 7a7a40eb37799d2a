package dev.muster.alerts.rules;

import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.RuleSettings;
import dev.muster.alerts.lifecycle.Alert;
import dev.muster.alerts.lifecycle.AlertDetails;
import dev.muster.alerts.lifecycle.Occurrence;
import dev.muster.alerts.lifecycle.Occurrences;
import dev.muster.devices.api.DeviceLabel;
import dev.muster.devices.api.DeviceLabels;
import dev.muster.devices.api.HeartbeatReadings.Reading;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Judges one flushed chunk of heartbeat readings against the rules, in one transaction across the
 * chunk's tenants. Its cost does not grow with heartbeats but with flushes and with what changes:
 * one query for the settings of the chunk's tenants, one per {@value #CHUNK} devices for their
 * labels (group and name) and one for their unresolved rule alerts; then writes only where an alert
 * opens or resolves. A condition that persists is not a new occurrence (it would count up at every
 * flush); it stays one open alert until it clears.
 */
@ApplicationScoped
@AcrossTenants
@Transactional
public class RuleEvaluation {

    private static final int CHUNK = 500;
    private static final List<String> TYPES = Arrays.stream(HeartbeatRule.values()).map(HeartbeatRule::type).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    DeviceLabels devices;

    @Inject
    Occurrences occurrences;

    /** Returns how many alerts it opened or resolved. */
    public int evaluate(List<Reading> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        Set<UUID> tenants = readings.stream().map(Reading::tenantId).collect(Collectors.toSet());
        RuleBook.Effective settings = RuleBook.effective(em, tenants);
        int changed = 0;
        for (int from = 0; from < readings.size(); from += CHUNK) {
            List<Reading> chunk = readings.subList(from, Math.min(readings.size(), from + CHUNK));
            Set<UUID> ids = chunk.stream().map(Reading::deviceId).collect(Collectors.toSet());
            Map<UUID, DeviceLabel> labels = devices.of(ids);
            Set<String> open = new HashSet<>();
            Map<UUID, List<UUID>> byTenant = chunk.stream().collect(Collectors.groupingBy(Reading::tenantId,
                    Collectors.mapping(Reading::deviceId, Collectors.toList())));
            byTenant.forEach((tenant, deviceIds) -> occurrences.unresolved(tenant, deviceIds, TYPES)
                    .forEach(alert -> open.add(alert.openKey())));
            for (Reading reading : chunk) {
                DeviceLabel label = labels.get(reading.deviceId());
                if (label != null && label.tenantId().equals(reading.tenantId())) {
                    changed += judge(reading, label, settings.of(reading.tenantId(), label.group()), open);
                }
            }
        }
        return changed;
    }

    private int judge(Reading reading, DeviceLabel label, RuleSettings settings, Set<String> open) {
        int changed = 0;
        for (HeartbeatRule rule : HeartbeatRule.values()) {
            boolean isOpen = open.contains(Alert.openKey(reading.deviceId(), rule.type()));
            HeartbeatRule.Verdict verdict = rule.judge(settings, reading);
            if (verdict == HeartbeatRule.Verdict.BAD && !isOpen) {
                String message = rule.message(label.name(), reading);
                occurrences.raise(new Occurrence(reading.tenantId(), new Alert.DeviceLabel(label.id(), label.name(), label.group()),
                        AlertSource.RULE, rule.type(), rule.severity(),
                        message.length() > Alert.MESSAGE ? message.substring(0, Alert.MESSAGE) : message,
                        AlertDetails.write(rule.details(settings, reading)), reading.seenAt(), Alert.AUTOMATICALLY, null));
                changed++;
            } else if (verdict == HeartbeatRule.Verdict.CLEAR && isOpen) {
                occurrences.clear(reading.tenantId(), reading.deviceId(), rule.type(), reading.seenAt(), "The condition cleared", null);
                changed++;
            }
        }
        return changed;
    }
}
