package dev.muster.agent.run;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** When to renew a token and when to send the next heartbeat. */
public final class TokenTiming {

    static final Duration EARLY = Duration.ofMinutes(5);
    static final Duration MINIMUM_LIFETIME = Duration.ofSeconds(10);

    private TokenTiming() {
    }

    /**
     * When to renew a token received at {@code now} that expires at {@code expiresAt} on the
     * server's clock, given the server's clock minus ours ({@code skew}): at 80 % of its lifetime or
     * 5 minutes before expiry, whichever is earlier, but not before half of its lifetime.
     */
    public static Instant renewAt(Instant now, Instant expiresAt, Duration skew) {
        Duration lifetime = Duration.between(now, expiresAt.minus(skew));
        if (lifetime.compareTo(MINIMUM_LIFETIME) < 0) {
            lifetime = MINIMUM_LIFETIME;
        }
        Duration eightyPercent = lifetime.multipliedBy(4).dividedBy(5);
        Duration fiveMinutesBefore = lifetime.minus(EARLY);
        Duration renewAfter = eightyPercent.compareTo(fiveMinutesBefore) < 0 ? eightyPercent : fiveMinutesBefore;
        Duration half = lifetime.dividedBy(2);
        return now.plus(renewAfter.compareTo(half) < 0 ? half : renewAfter);
    }

    /** {@code interval} ±{@code fraction}, uniformly. */
    public static Duration jittered(Duration interval, double fraction, RandomGenerator random) {
        double factor = 1 + fraction * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(interval.toMillis() * factor));
    }
}
