package dev.muster.agent.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    /** A "random" generator that always answers the top of the range, to see the bounds. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    void boundsDoubleFromOneSecondUpToTheFiveMinuteCap() {
        Backoff backoff = Backoff.standard(HIGHEST);
        long[] seconds = new long[12];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = backoff.next().toSeconds();
        }

        assertThat(seconds).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300);
    }

    @Test
    void fullJitterSpreadsWaitsOverTheWholeRangeFromZero() {
        RandomGenerator random = new SplittableRandom(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), random);
            for (int n = 0; n < 4; n++) {
                backoff.next();
            }
            long wait = backoff.next().toMillis();
            assertThat(wait).isBetween(0L, 16_000L);
            min = Math.min(min, wait);
            max = Math.max(max, wait);
        }

        assertThat(min).isLessThan(500);
        assertThat(max).isGreaterThan(15_500);
    }

    @Test
    void retryAfterIsAFloorThatJitterNeverShortens() {
        Backoff backoff = Backoff.standard(new SplittableRandom(1));

        Duration wait = backoff.next(Optional.of(Duration.ofSeconds(30)));

        assertThat(wait).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.failures()).isEqualTo(1);
    }

    @Test
    void retryAfterBeyondTheCapIsStillHonoured() {
        Backoff backoff = Backoff.standard(HIGHEST);

        assertThat(backoff.next(Optional.of(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void resetStartsOverFromTheBase() {
        Backoff backoff = Backoff.standard(HIGHEST);
        for (int i = 0; i < 6; i++) {
            backoff.next();
        }

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }
}
