package dev.muster.alerts.notifications.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code muster.notifications.retry.sweep-seconds} (5) puts due retries back on the queue, in
 * batches that commit on their own. Not persistent: what it needs (WAITING rows with their next
 * try) is in the database, so a restart loses nothing. A sweep still running when the timer fires
 * again is not started twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryJobs {

    private static final Logger LOG = Logger.getLogger(DeliveryJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Deliveries deliveries;

    @Inject
    @ConfigProperty(name = "muster.notifications.retry.sweep-seconds", defaultValue = "5")
    long sweepSeconds;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(sweepSeconds * 1000, sweepSeconds * 1000, new TimerConfig("notification-retries", false));
    }

    @Timeout
    void requeueDue() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            int rounds = 0;
            while (deliveries.requeueDue() >= Deliveries.REQUEUE_BATCH && ++rounds < 50) {
                LOG.fine("More due notification retries; another batch");
            }
        } catch (RuntimeException e) {
            // another node may have requeued the same rows first (their version moved on): the next sweep sees the rest
            LOG.log(Level.WARNING, "Requeueing due notification retries failed; the next sweep retries", e);
        } finally {
            sweeping.set(false);
        }
    }
}
