package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.Severity;

import java.time.Instant;
import java.util.UUID;

/**
 * One occurrence of a condition, as a source reports it (checked already).
 *
 * @param device    the device it concerns, or null for a tenant-wide alert (never deduplicated)
 * @param details   JSON text from {@link AlertDetails#write}, or null
 * @param sourceRef what caused it, unique (a presence transition id), or null
 */
public record Occurrence(UUID tenantId, Alert.DeviceLabel device, AlertSource source, String type, Severity severity,
                         String message, String details, Instant at, String actor, UUID sourceRef) {
}
