package dev.muster.agent.client;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th consecutive failure, wait a uniformly random
 * time in {@code [0, min(cap, base * 2^n)]}. A Retry-After from the server is a floor. Not
 * thread-safe: one instance per retrying loop.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Need 0 < base <= cap");
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The agent's default: 1 s doubling to 5 min. */
    public static Backoff standard(RandomGenerator random) {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), random);
    }

    /** The upper bound of the next wait, before jitter. */
    public Duration bound() {
        long capMillis = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 0; i < failures && millis < capMillis; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, capMillis));
    }

    /** Counts a failure and returns how long to wait before the next attempt. */
    public Duration next() {
        return next(Optional.empty());
    }

    /** Counts a failure and returns how long to wait; never less than {@code retryAfter}. */
    public Duration next(Optional<Duration> retryAfter) {
        long bound = bound().toMillis();
        failures++;
        Duration jittered = Duration.ofMillis(random.nextLong(bound + 1));
        return retryAfter.filter(floor -> floor.compareTo(jittered) > 0).orElse(jittered);
    }

    /** After a success: the next failure starts from the base again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
