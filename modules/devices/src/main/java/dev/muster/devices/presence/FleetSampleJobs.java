package dev.muster.devices.presence;

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
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fleet sampling timer (EJB, not persistent: nothing is lost when a firing is missed but one
 * point of the chart). Every {@code muster.presence.sample-seconds} (300), shortly after a bucket of
 * that length starts, it has {@link FleetSampler} write the bucket's samples and then purges samples
 * older than {@value #KEEP_DAYS} days, {@value FleetSampler#PURGE_BATCH} at a time. Each step is a
 * transaction of its own (the timer itself runs outside one), so a long purge holds no locks for
 * long and a failed step leaves the others done. Every node runs it; the buckets and the unique key
 * make that harmless (see {@link FleetSeries}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FleetSampleJobs {

    /** Samples are kept this long: the longest window (30 days) and some slack. */
    static final int KEEP_DAYS = 35;
    private static final int MAX_PURGE_ROUNDS = 100;
    private static final Logger LOG = Logger.getLogger(FleetSampleJobs.class.getName());
    private static final String SAMPLE = "fleet-sample";

    @Resource
    TimerService timers;

    @Inject
    FleetSampler sampler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.presence.sample-seconds", defaultValue = "300")
    long sampleSeconds;

    private Duration interval;
    private final AtomicBoolean sampling = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        interval = FleetSeries.interval(sampleSeconds);
        timers.createIntervalTimer(Date.from(FleetSeries.firstRun(clock.instant(), interval)), interval.toMillis(),
                new TimerConfig(SAMPLE, false));
    }

    @Timeout
    void run() {
        sample();
    }

    /** Samples the current bucket and purges old samples; a run still busy when the timer fires again is not started twice. */
    void sample() {
        if (!sampling.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            Instant bucket = FleetSeries.bucket(now, interval);
            try {
                sampler.sample(bucket);
            } catch (RuntimeException e) {
                if (causedBy(e, ConstraintViolationException.class)) {
                    LOG.log(Level.FINE, "Another node sampled {0} at the same moment; its samples stand", bucket);
                } else {
                    LOG.log(Level.WARNING, "Sampling fleet presence failed; the next bucket is sampled as usual", e);
                }
            }
            purge(now.minus(Duration.ofDays(KEEP_DAYS)));
        } finally {
            sampling.set(false);
        }
    }

    private void purge(Instant before) {
        try {
            int purged;
            int rounds = 0;
            do {
                purged = sampler.purge(before);
            } while (purged >= FleetSampler.PURGE_BATCH && ++rounds < MAX_PURGE_ROUNDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging old fleet presence samples failed; the next run retries", e);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
