package dev.muster.alerts.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention timer: every {@code muster.retention.interval-seconds} (an hour), not persistent (a
 * missed run is caught up by the next; what it needs is in the database). Outside any transaction:
 * every batch of {@link AlertRetention} commits on its own. On several nodes each runs it; the
 * batches then delete disjoint or already-deleted rows, which is harmless.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertRetentionJobs {

    private static final Logger LOG = Logger.getLogger(AlertRetentionJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AlertRetention retention;

    @Inject
    @ConfigProperty(name = "muster.retention.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("alert-retention", false));
    }

    @Timeout
    void purge() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention purge failed; the next run retries", e);
        }
    }
}
