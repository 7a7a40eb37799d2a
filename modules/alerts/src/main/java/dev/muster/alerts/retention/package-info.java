/**
 * Retention: a non-persistent EJB interval timer ({@code AlertRetentionJobs}, every
 * {@code muster.retention.interval-seconds}, an hour by default) that delegates to
 * {@code AlertRetention}, which purges resolved alerts and presence transitions older than each
 * tenant's {@code retentionDays}, in batches of 500 rows per transaction and at most 20 batches per
 * tenant and kind per run. Unresolved alerts are never purged. A tenant suspended or deleted while a
 * run goes through the list is skipped, not the end of the run. An interval rather than a calendar
 * schedule: the period is configuration, so an installation (or a test server) can purge more often.
 */
package dev.muster.alerts.retention;
