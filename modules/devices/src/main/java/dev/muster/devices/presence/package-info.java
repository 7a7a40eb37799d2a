/**
 * Whether devices are heard from, and the fleet's presence over time.
 *
 * <p>What it owns: heartbeats ({@code HeartbeatServlet}, {@code Heartbeats}: validation, rate
 * limit, clock skew, deadlines, no database write), the buffer of last sightings and its batched
 * writes ({@code LastSeenBuffer}, {@code PresenceRecorder}), the sweep of silent devices
 * ({@code PresenceSweeper}), every change of state ({@code PresenceTransitions}, the one place that
 * records and publishes a transition, also an operator's manual mark), a device's history and uptime
 * ({@code PresenceLog}, {@code Uptime}), the fleet's counts ({@code Fleet}, {@code FleetResource}) and
 * its samples over time ({@code FleetSampler}, {@code FleetSeries}). {@code PresenceJobs} and
 * {@code FleetSampleJobs} are the timers; they delegate. After each flushed chunk commits, the
 * flush fires {@code HeartbeatReadings} with what the chunk's devices reported, so rules on heartbeat
 * values (the alerts module) run once per flush, never on the heartbeat path. {@code PresencePurge}
 * deletes old transitions for the retention timer.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A transition is a compare-and-set on the state, so it happens, is recorded and is published
 *       exactly once however many sweeps, flushes, operators or nodes race for it.</li>
 *   <li>The fleet's past comes from samples of its counts, one per tenant and time bucket, not from
 *       summing every device's transitions: a 30-day chart or uptime is a range read of at most a few
 *       thousand rows per tenant. Buckets are aligned to the epoch and unique per tenant, so every
 *       node may sample and none needs to be elected.</li>
 *   <li>Fleet uptime counts only devices in service (ONLINE or OFFLINE): a device never seen is not
 *       deployed yet, a STALE one is gone (hidden from default views for the same reason), and a
 *       revoked one ends up there. A device's own uptime counts all its time since it was created.</li>
 *   <li>An operator may only take a device further away (ONLINE to OFFLINE or STALE, OFFLINE to
 *       STALE); only a heartbeat brings a device back, so the state never claims a device is heard
 *       from when it is not.</li>
 * </ul>
 *
 * <p>Out of scope: alerts on transitions (they consume the {@code muster.presence} topic), the
 * console's pages.
 */
package dev.muster.devices.presence;
