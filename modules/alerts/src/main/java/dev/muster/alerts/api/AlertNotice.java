package dev.muster.alerts.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A change of an alert that channels may be told about, fired as a synchronous CDI event inside
 * the transaction that makes the change. An observer that queues notifications therefore queues
 * them in that same transaction: if the change rolls back, so does the notification, and a
 * committed change always has its notifications queued.
 *
 * @param alertId     the alert
 * @param tenantId    its tenant
 * @param deviceId    the device it concerns, or {@code null} for a tenant-wide alert
 * @param deviceName  the device's display name at the time, or {@code null}
 * @param group       the device's group at the time, or {@code null}
 * @param type        the alert type's code, e.g. {@code DEVICE_OFFLINE} or a custom type
 * @param severity    its severity
 * @param change      what happened to the alert
 * @param message     the alert's one-line message
 * @param occurrences how many times it has occurred since it was opened or reopened
 * @param actor       who made the change: a user's name, a device key, or {@code "automatically"}
 * @param at          when the change happened
 */
public record AlertNotice(UUID alertId, UUID tenantId, UUID deviceId, String deviceName, String group, String type,
                          Severity severity, Change change, String message, int occurrences, String actor,
                          Instant at) {

    /** What happened to an alert. */
    public enum Change {
        /** A new alert. */
        OPENED,
        /** Another occurrence of an unresolved alert: its count went up. */
        REPEATED,
        /** A new occurrence of a resolved alert opened it again. */
        REOPENED,
        ACKNOWLEDGED,
        RESOLVED
    }
}
