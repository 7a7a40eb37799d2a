package dev.muster.alerts.notifications;

import dev.muster.alerts.notifications.delivery.Deliveries;
import dev.muster.alerts.notifications.delivery.DeliveryRetention;
import dev.muster.alerts.notifications.reminders.Reminders;
import dev.muster.alerts.notifications.storms.StormDigests;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.jobs.OwnTransactions;
import dev.muster.tenants.api.TenantCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notification timers (EJB, not persistent: everything they need is in the database, so a
 * restart loses nothing). They only delegate, one batch per transaction:
 * <ul>
 *   <li>every {@code muster.notifications.retry.sweep-seconds} (5): due retries and lost messages
 *       back on the queue ({@link Deliveries#requeueDue}), then due storm digests
 *       ({@link StormDigests});</li>
 *   <li>every minute: due reminders and escalations ({@link Reminders#remindDue});</li>
 *   <li>every {@code muster.retention.interval-seconds} (an hour): finished deliveries past their
 *       tenant's retention ({@link DeliveryRetention}).</li>
 * </ul>
 * A job still running when its timer fires again is skipped; every node runs them, and row versions
 * make each piece of work commit once. Each batch is a transaction the bean begins itself (see
 * {@link OwnTransactions}), so the messages a batch queues leave exactly when it commits.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());
    /** Batches per job run: bounds one run, the next run goes on. */
    static final int ROUNDS = 50;
    private static final String SWEEP = "notification-sweep";
    private static final String RETENTION = "notification-retention";

    @Resource
    TimerService timers;

    @Resource
    UserTransaction transaction;

    @Inject
    Deliveries deliveries;

    @Inject
    StormDigests storms;

    @Inject
    Reminders reminders;

    @Inject
    DeliveryRetention retention;

    @Inject
    TenantCatalog tenants;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.notifications.retry.sweep-seconds", defaultValue = "5")
    long sweepSeconds;

    @Inject
    @ConfigProperty(name = "muster.retention.interval-seconds", defaultValue = "3600")
    long retentionSeconds;

    private OwnTransactions own;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean reminding = new AtomicBoolean();
    private final AtomicBoolean purging = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        own = new OwnTransactions(transaction);
        timers.createIntervalTimer(sweepSeconds * 1000, sweepSeconds * 1000, new TimerConfig(SWEEP, false));
        timers.createIntervalTimer(retentionSeconds * 1000, retentionSeconds * 1000, new TimerConfig(RETENTION, false));
    }

    @Timeout
    void timeout(Timer timer) {
        if (RETENTION.equals(timer.getInfo())) {
            purge();
        } else {
            sweep();
        }
    }

    private void sweep() {
        once(sweeping, "notification sweep", () -> {
            rounds(deliveries::requeueDue, Deliveries.REQUEUE_BATCH);
            rounds(() -> storms.digestOne() ? 1 : 0, 1);
            rounds(storms::purgeCounted, StormDigests.PURGE_BATCH);
        });
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void remind() {
        once(reminding, "notification reminders", () -> rounds(reminders::remindDue, Reminders.BATCH));
    }

    private void purge() {
        once(purging, "notification retention", () -> {
            for (UUID tenant : tenants.activeIds()) {
                int days;
                try {
                    days = tenants.requireActive(tenant).settings().retentionDays();
                } catch (MusterException e) {
                    // suspended or deleted since the list was read: its records wait, the other tenants go on
                    continue;
                }
                var cutoff = clock.instant().minus(Duration.ofDays(days));
                rounds(() -> retention.purge(tenant, cutoff), DeliveryRetention.BATCH);
            }
        });
    }

    /** Runs batches, each in a transaction of its own, while they come back full, at most {@value #ROUNDS}. */
    private void rounds(IntSupplier batch, int full) {
        int round = 0;
        while (round++ < ROUNDS && own.call(batch::getAsInt) >= full) {
            // a full batch: there may be more
        }
    }

    private static void once(AtomicBoolean running, String job, Runnable work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            // another node may have done the same rows first (their version moved on): the next run sees the rest
            LOG.log(Level.WARNING, "The " + job + " failed; the next run retries", e);
        } finally {
            running.set(false);
        }
    }
}
