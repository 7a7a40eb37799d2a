/**
 * Retention: an hourly, non-persistent EJB timer ({@code AlertRetentionJobs}) that delegates to
 * {@code AlertRetention}, which purges resolved alerts and presence transitions older than each
 * tenant's {@code retentionDays}, in batches of 500 rows per transaction and at most 20 batches per
 * tenant and kind per run. Unresolved alerts are never purged.
 */
package dev.muster.alerts.retention;
