/**
 * Delivery of notifications: one {@link dev.muster.alerts.notifications.delivery.Delivery} per
 * notification and channel, queued on {@code muster.notifications} in the transaction that caused
 * it, attempted by {@link dev.muster.alerts.notifications.delivery.DeliveryConsumer}, retried with
 * exponential back-off and jitter ({@link dev.muster.alerts.notifications.delivery.RetryPolicy}),
 * dead after the last attempt and retryable from the API.
 *
 * <p>Why retries live in the database and not in the broker's redelivery: an attempt, its error and
 * the next try are written in the same transaction that takes the message off the queue, so the
 * record is exactly what happened; the policy is MicroProfile Config (tests run it in seconds), not
 * constants in an annotation; and a waiting retry needs no broker feature (scheduled messages are
 * an ActiveMQ Classic extension) so any broker reachable by the resource adapter works. A timer
 * ({@link dev.muster.alerts.notifications.NotificationJobs}) puts due retries back on the
 * queue; every node runs it, and the delivery's version makes exactly one of them win.
 *
 * <p>Delivery is at least once: a crash after the receiver accepted and before the attempt commits
 * sends it again, with the same idempotency key so the receiver can drop the duplicate. The
 * consumer locks the delivery row and ignores a message for a delivery that is not QUEUED, so a
 * duplicate message never causes a second send.
 *
 * <p>The sending itself (SMTP, HTTP) happens inside the consumer's transaction, bounded by
 * timeouts ({@code muster.notifications.http.timeout-seconds}, the mail's SMTP timeouts), so a
 * consumer holds one database connection for at most that long.
 *
 * <p>A delivery's content is stored without links; {@link dev.muster.alerts.notifications.delivery.Senders}
 * adds them as it sends ({@code MessageLinks}): the acknowledge link of an alert that asks for action
 * (see {@code notifications.acknowledge}), or the console's inbox for a digest. The link is a
 * function of the delivery, so a retry still sends the same bytes, and no token is kept in the
 * database.
 */
package dev.muster.alerts.notifications.delivery;
