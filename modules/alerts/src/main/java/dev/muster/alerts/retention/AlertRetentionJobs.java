package dev.muster.alerts.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention timer: hourly, not persistent (a missed run is caught up by the next; what it
 * needs is in the database). Outside any transaction: every batch of {@link AlertRetention} commits
 * on its own. On several nodes each runs it; the batches then delete disjoint or already-deleted
 * rows, which is harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertRetentionJobs {

    private static final Logger LOG = Logger.getLogger(AlertRetentionJobs.class.getName());

    @Inject
    AlertRetention retention;

    @Schedule(persistent = false, hour = "*", minute = "23", info = "alert-retention")
    void purge() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention purge failed; the next run retries", e);
        }
    }
}
