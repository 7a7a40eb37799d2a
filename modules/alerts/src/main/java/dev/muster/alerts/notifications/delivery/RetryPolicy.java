package dev.muster.alerts.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential back-off with jitter. The n-th failure
 * (n from 1) waits a random time between half and all of {@code min(initial × 2^(n-1), max)}, so
 * receivers that failed together do not all come back at the same second, and no wait is shorter
 * than half its step. After {@code attempts} attempts there is no next try: the delivery is dead.
 * Defaults: 30 s, doubling, capped at 1 h, 10 attempts (about 4.5 hours in all).
 */
@ApplicationScoped
public class RetryPolicy {

    @Inject
    @ConfigProperty(name = "muster.notifications.retry.initial-seconds", defaultValue = "30")
    long initialSeconds;

    @Inject
    @ConfigProperty(name = "muster.notifications.retry.max-seconds", defaultValue = "3600")
    long maxSeconds;

    @Inject
    @ConfigProperty(name = "muster.notifications.retry.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "muster.notifications.rescue-minutes", defaultValue = "15")
    long rescueMinutes;

    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    RetryPolicy() {
    }

    RetryPolicy(long initialSeconds, long maxSeconds, int attempts, DoubleSupplier random) {
        this.initialSeconds = initialSeconds;
        this.maxSeconds = maxSeconds;
        this.attempts = attempts;
        this.random = random;
    }

    /** The next try after failed attempt number {@code attempt}, or null when that was the last. */
    public Instant nextTry(int attempt, Instant now) {
        if (attempt >= attempts) {
            return null;
        }
        return now.plus(delay(attempt));
    }

    Duration delay(int attempt) {
        long step = Math.min(maxSeconds * 1000, initialSeconds * 1000 * (1L << Math.min(attempt - 1, 30)));
        long half = step / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (step - half)));
    }

    /**
     * When a delivery queued now counts as lost if it is still QUEUED (its message was
     * dead-lettered by the broker, or lost with a broker that was not persistent), and is queued
     * again. Far beyond any normal queue wait; a duplicate message it might cause does nothing.
     */
    public Instant rescueAt(Instant now) {
        return now.plus(Duration.ofMinutes(rescueMinutes));
    }

    public int attempts() {
        return attempts;
    }
}
