/**
 * Alerts from presence transitions: DEVICE_OFFLINE and DEVICE_STALE open when a device goes OFFLINE
 * or STALE and resolve automatically when it is back ONLINE, is revoked or is reset.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A durable subscription on {@code muster.presence} ({@code PresenceAlertConsumer}), so
 *       transitions published while this application is down wait in the broker. With several nodes
 *       on one broker, one node holds the subscription's client id and consumes; the others' MDB
 *       activations are refused and retry, and take over when it goes. ActiveMQ Classic has no shared
 *       durable subscriptions; a virtual topic (a queue per consumer group) would be the way to spread
 *       the load over nodes, not needed at this rate (one message per transition).</li>
 *   <li>Idempotent by transition: the timeline entries it writes carry a reference derived from the
 *       transition id and the alert type, unique in the database; a redelivered event finds it and
 *       changes nothing.</li>
 *   <li>A failure is rethrown so the broker redelivers (1 s doubling to 5 min, 8 times) and then
 *       dead-letters it.</li>
 * </ul>
 */
package dev.muster.alerts.presence;
