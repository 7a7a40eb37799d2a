package dev.muster.devices.presence;

import dev.muster.devices.api.HeartbeatReadings;
import dev.muster.platform.jobs.OwnTransactions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The presence timers (EJB, not persistent: the state a sweep needs is in the database). Every
 * {@code muster.presence.flush-millis} (1000) the buffered sightings are written; every
 * {@code muster.presence.sweep-seconds} (5) silent devices are swept, judged at the time the timer
 * fired; the sweep leaves alone the devices whose sightings this node still holds in memory (not
 * flushed yet, being flushed, or in a chunk that failed). A job still running when its timer fires
 * again is not started twice; a flush that fails puts its sightings back for the next one. The gauge
 * {@code muster.presence.buffered} counts the sightings in memory.
 * <p>
 * The timer callbacks demarcate their own transactions (bean-managed, see {@link OwnTransactions}):
 * every chunk of a flush ({@value #CHUNK} sightings) and every batch of a sweep commits on its own,
 * with the presence events it publishes, so neither holds row locks for longer than one chunk, and a
 * failure loses one chunk's work, not the whole callback's. A timer method's default, one container
 * transaction around everything, let a flush of 20,000 first heartbeats run for minutes while every
 * other flush waited.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PresenceJobs {

    private static final Logger LOG = Logger.getLogger(PresenceJobs.class.getName());
    private static final String FLUSH = "presence-flush";
    private static final String SWEEP = "presence-sweep";
    /** Sightings written per transaction. */
    static final int CHUNK = 2_000;
    /** Batches per deadline and sweep, at most 100,000 transitions of each kind; the rest waits for the next sweep. */
    static final int MAX_SWEEP_BATCHES = 200;
    /** Devices one sweep steps over before it leaves the rest to the next sweep (they ride along in its queries). */
    static final int MAX_PASSED = 2_000;

    @Resource
    TimerService timers;

    @Resource
    UserTransaction transaction;

    @Inject
    LastSeenBuffer buffer;

    @Inject
    PresenceRecorder recorder;

    @Inject
    PresenceSweeper sweeper;

    @Inject
    Clock clock;

    @Inject
    Event<HeartbeatReadings> readings;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "muster.presence.flush-millis", defaultValue = "1000")
    long flushMillis;

    @Inject
    @ConfigProperty(name = "muster.presence.sweep-seconds", defaultValue = "5")
    long sweepSeconds;

    private OwnTransactions own;
    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        own = new OwnTransactions(transaction);
        timers.createIntervalTimer(flushMillis, flushMillis, new TimerConfig(FLUSH, false));
        timers.createIntervalTimer(sweepSeconds * 1000, sweepSeconds * 1000, new TimerConfig(SWEEP, false));
        metrics.gauge("muster.presence.buffered", buffer::size);
    }

    @PreDestroy
    void lastFlush() {
        flush();
    }

    @Timeout
    void run(Timer timer) {
        if (SWEEP.equals(timer.getInfo())) {
            sweep();
        } else {
            flush();
        }
    }

    /** Writes what is buffered; returns how many sightings were written. */
    int flush() {
        if (!flushing.compareAndSet(false, true)) {
            return 0;
        }
        List<Sighting> batch = buffer.drain();
        long started = System.nanoTime();
        int written = 0;
        try {
            for (int from = 0; from < batch.size(); from += CHUNK) {
                List<Sighting> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
                try {
                    buffer.putBack(own.call(() -> recorder.write(chunk)));
                    buffer.written(chunk);
                    written += chunk.size();
                } catch (RuntimeException e) {
                    // only this chunk waits for the next flush: one failing chunk must not hold back the others
                    buffer.putBack(chunk);
                    LOG.log(Level.WARNING, "Writing " + chunk.size() + " heartbeats failed; they wait for the next flush", e);
                    continue;
                }
                announce(chunk);
            }
            metrics.timer("muster.presence.flush").update(Duration.ofNanos(System.nanoTime() - started));
            metrics.counter("muster.presence.flushed.heartbeats").inc(written);
            return written;
        } finally {
            flushing.set(false);
        }
    }

    /**
     * Tells observers (the alert rules) what the committed chunk reported, in a transaction of their
     * own. Their failure is theirs: the heartbeats are written, so they are not put back.
     */
    private void announce(List<Sighting> chunk) {
        try {
            own.run(() -> readings.fire(new HeartbeatReadings(chunk.stream().map(s -> new HeartbeatReadings.Reading(s.deviceId(),
                    s.tenantId(), s.seenAt(), s.batteryPercent(), s.rssiDbm(), s.wifiBssid(), s.clockSkewMillis())).toList())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of " + chunk.size() + " flushed heartbeats failed", e);
        }
    }

    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            // no flush first: what this node holds in memory is left alone anyway (LastSeenBuffer.keepsAlive),
            // and a flush of varying length between the timer and the judgement would add to every detection
            long started = System.nanoTime();
            Instant now = clock.instant();
            for (PresenceSweeper.Expiry expiry : PresenceSweeper.Expiry.values()) {
                Set<UUID> passed = new HashSet<>();
                PresenceSweeper.Batch batch;
                int rounds = 0;
                do {
                    Set<UUID> before = Set.copyOf(passed);
                    batch = own.call(() -> sweeper.expire(expiry, now, before));
                    passed.addAll(batch.passed());
                    metrics.counter("muster.presence.swept.devices").inc(batch.changed());
                    metrics.counter("muster.presence.sweep.kept").inc(batch.kept());
                } while (batch.full() && ++rounds < MAX_SWEEP_BATCHES && passed.size() <= MAX_PASSED);
            }
            metrics.timer("muster.presence.sweep").update(Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The presence sweep failed; the next one retries", e);
        } finally {
            sweeping.set(false);
        }
    }
}
