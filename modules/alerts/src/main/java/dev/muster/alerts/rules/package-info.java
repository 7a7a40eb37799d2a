/**
 * Rules on heartbeat values: battery below N %, signal below N dBm, a Wi-Fi access point outside the
 * allowed list, clock skew above N s. Each is switchable and has its threshold per tenant
 * ({@code RuleBook}, {@code /api/v1/alert-rules}), overridable per device group.
 *
 * <p>Decisions:
 * <ul>
 *   <li>No work on the heartbeat path. Heartbeats are buffered in memory and flushed in batches by
 *       the devices module; after each flushed chunk commits it fires {@code HeartbeatReadings}, and
 *       {@code HeartbeatRules} judges the chunk in one transaction ({@code RuleEvaluation}): one query
 *       for the settings of the chunk's tenants, one per 500 devices for their labels and one for their
 *       unresolved rule alerts, then writes only where an alert opens or resolves. The cost follows
 *       flushes (one a second per node) and changes, not heartbeats.</li>
 *   <li>A condition that persists is one occurrence, not one per heartbeat; it resolves automatically
 *       when the value passes back beyond a hysteresis band (battery +5 points, signal +5 dB, skew 10 %
 *       below), so a value hovering at a threshold does not flap. Switching a rule off resolves its
 *       alerts at the devices' next flushed heartbeat.</li>
 *   <li>A value a heartbeat leaves out keeps the last one reported (as presence keeps it), so leaving
 *       the battery out neither raises nor clears.</li>
 *   <li>If judging a chunk fails, the heartbeats stay written; a persisting condition is judged again
 *       at the device's next heartbeat.</li>
 * </ul>
 */
package dev.muster.alerts.rules;
