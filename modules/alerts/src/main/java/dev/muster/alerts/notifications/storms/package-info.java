/**
 * Alert storms: when a site loses power, 300 devices go offline within a minute, and 300 messages
 * help nobody. Every notice that reaches a channel is counted per tenant, alert type and change over
 * a sliding window ({@code muster.notifications.storm.window-seconds}, 60). Past the threshold
 * ({@code muster.notifications.storm.threshold}, 10) the notices are <em>held</em> instead of sent,
 * and once the oldest held notice is a window old, each channel gets one digest of the held notices
 * it subscribes to ("312 DEVICE_OFFLINE alerts opened in group site-a").
 *
 * <p>Decisions: counting inserts one row per notice and counts rows; it never updates a shared
 * counter, so concurrent alert transactions do not contend or fail on it (two of them may both see
 * the count just below the threshold and both send: the threshold is approximate by design). The
 * digest runs from a timer ({@code NotificationJobs}) across tenants; each held row has a version,
 * so two nodes digesting the same rows cannot both commit. Counted rows are deleted after two
 * windows, digested ones at once.
 */
package dev.muster.alerts.notifications.storms;
