/**
 * Notifications: telling a tenant's channels (email, Slack, generic webhooks) about changes of its
 * alerts, reliably.
 *
 * <p>Owns: the channels and what each subscribes to ({@code channels}); the delivery of one
 * notification to one channel with its retries, its record of attempts and its dead letters
 * ({@code delivery}); digests instead of storms ({@code storms}); reminders and escalation of
 * unacknowledged alerts ({@code reminders}); the signed, expiring acknowledge links in the messages
 * ({@code acknowledge}). Here: the observer that hears every alert change and the timers. Learns of
 * alert changes only from {@link dev.muster.alerts.api.AlertNotice}; the alert lifecycle is not its
 * business (the console's acknowledge page acknowledges through
 * {@link dev.muster.alerts.api.AlertAcknowledgements}). Out of scope so far: console pages for
 * channels and deliveries.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The observer of {@code AlertNotice} runs inside the alert's transaction (default phase),
 *       writes one delivery row per matching channel and sends one JMS message per delivery with
 *       the platform's {@code TransactionalSender}: the alert change, its delivery rows and its
 *       messages commit together or not at all.</li>
 *   <li>A message-driven bean attempts the delivery. Retries are <em>recorded in the database</em>
 *       (a WAITING delivery with its next try) and re-queued by a timer, rather than left to the
 *       broker's redelivery policy: the attempt count, error and next try are visible and commit
 *       with the attempt, the back-off with jitter comes from MicroProfile Config (the broker's
 *       policy is fixed in annotations), and it works the same with any broker. Nothing is lost in
 *       a crash: a queued message lives in the persistent broker, a waiting retry in the
 *       database.</li>
 *   <li>After the last attempt a delivery is DEAD: the notification dead letters, listed by the API
 *       and retryable. A message the consumer cannot even read, or whose transaction fails, is
 *       left to the broker's redelivery and its dead-letter queue.</li>
 *   <li>A delivery's id is the idempotency key a webhook receiver sees, the same on every retry.</li>
 *   <li>Reminders, storms and retries keep their state in this module's own tables and run from
 *       non-persistent timers ({@link dev.muster.alerts.notifications.NotificationJobs}): EJB timer
 *       persistence lives in the data grid, not the database, so it is not relied on.</li>
 * </ul>
 */
package dev.muster.alerts.notifications;
