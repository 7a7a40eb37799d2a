/**
 * Alerts and notifications: what went wrong in a tenant's fleet, its lifecycle from open through
 * acknowledged to resolved, the rules that raise alerts from presence transitions and heartbeat
 * values, and the delivery of notifications to a tenant's channels (email, Slack, webhooks) through
 * a JMS queue with retries and a dead-letter queue.
 *
 * <p>Other modules use only {@code dev.muster.alerts.api}. Inside, the alert lifecycle and the
 * notification delivery meet only through {@link dev.muster.alerts.api.AlertNotice}, a CDI event
 * fired inside the transaction that changes an alert, so that a notification is queued atomically
 * with the change that caused it.
 */
package dev.muster.alerts;
