/**
 * Alerts and notifications: what went wrong in a tenant's fleet, its lifecycle from open through
 * acknowledged to resolved, the sources that raise alerts (presence transitions, rules on heartbeat
 * values, devices, operators), and the delivery of notifications to a tenant's channels.
 *
 * <p>Features: {@code lifecycle} (the alert, its timeline, the API, the one place that records
 * occurrences), {@code presence} (alerts from presence transitions), {@code rules} (rules on
 * heartbeat values and their settings), {@code selfservice} (alerts devices raise), {@code retention}
 * (the purge timer). Notification delivery is a feature of its own.
 *
 * <p>Other modules use only {@code dev.muster.alerts.api}. Inside, the alert lifecycle and the
 * notification delivery meet only through {@link dev.muster.alerts.api.AlertNotice}, a CDI event
 * fired inside the transaction that changes an alert, so that a notification is queued atomically
 * with the change that caused it.
 */
package dev.muster.alerts;
