package dev.muster.alerts.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert as the notification side shows it (in a message, on the acknowledge page).
 *
 * @param status         {@code OPEN}, {@code ACKNOWLEDGED} or {@code RESOLVED}
 * @param acknowledgedBy the acknowledging user's name, or {@code null} while not acknowledged
 */
public record AlertSummary(UUID id, UUID tenantId, UUID deviceId, String deviceName, String type, Severity severity,
                           String message, String status, int occurrences, Instant firstOccurredAt,
                           Instant lastOccurredAt, Instant acknowledgedAt, String acknowledgedBy) {
}
