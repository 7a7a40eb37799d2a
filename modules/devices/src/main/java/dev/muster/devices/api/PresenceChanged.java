package dev.muster.devices.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The event of one presence transition, published exactly once on the JMS topic
 * {@code muster.presence} (as JSON text, with the string properties {@code tenantId},
 * {@code deviceId} and {@code to}) in the same transaction that records it. Alerts and live views
 * consume it; a consumer that must not miss one uses a durable subscription.
 *
 * @param transitionId the id of the recorded transition: consumers can drop a redelivered event by it
 * @param occurredAt   when the device changed: for a timeout, the deadline it passed
 * @param recordedAt   when the server noticed and recorded it (a timeout: the sweep after the deadline)
 */
public record PresenceChanged(UUID transitionId, UUID tenantId, UUID deviceId, String deviceKey, Presence from,
                              Presence to, PresenceReason reason, Instant occurredAt, Instant recordedAt, Instant lastSeenAt) {
}
