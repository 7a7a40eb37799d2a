package dev.muster.agent.simulate;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistogramTest {

    private static final double[] PERCENTILES = {1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99};

    @Test
    void percentilesMatchASortedReferenceWithinOnePercent() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 5; round++) {
            int n = 10_000 + random.nextInt(90_000);
            long[] values = new long[n];
            Histogram histogram = new Histogram();
            for (int i = 0; i < n; i++) {
                // Log-normal-ish latencies from 1 µs to minutes.
                values[i] = (long) Math.exp(random.nextDouble() * random.nextDouble() * 19);
                histogram.record(values[i]);
            }
            Arrays.sort(values);

            for (double p : PERCENTILES) {
                long expected = values[(int) Math.max(0, Math.ceil(p / 100 * n) - 1)];
                assertThat((double) histogram.percentile(p)).as("p%s of %d values", p, n)
                        .isCloseTo(expected, within(expected * 0.01 + 1));
            }
            assertThat(histogram.max()).isEqualTo(values[n - 1]);
            assertThat(histogram.percentile(100)).isEqualTo(values[n - 1]);
            assertThat(histogram.count()).isEqualTo(n);
        }
    }

    @Test
    void isExactForSmallValues() {
        Histogram histogram = new Histogram();
        for (long v = 0; v < 100; v++) {
            histogram.record(v);
        }

        assertThat(histogram.percentile(50)).isEqualTo(49);
        assertThat(histogram.percentile(1)).isEqualTo(0);
    }

    @Test
    void bucketsAreContiguousAndAtMostOneSixtyFourthWide() {
        for (int i = 1; i <= Histogram.index(Histogram.MAX_VALUE); i++) {
            assertThat(Histogram.lowest(i)).isEqualTo(Histogram.lowest(i - 1) + Histogram.width(i - 1));
            assertThat(Histogram.index(Histogram.lowest(i))).isEqualTo(i);
            assertThat(Histogram.width(i) * 64).isLessThanOrEqualTo(Math.max(64, Histogram.lowest(i)));
        }
    }

    @Test
    void mergingEqualsRecordingEverythingInOne() {
        SplittableRandom random = new SplittableRandom(3);
        Histogram a = new Histogram();
        Histogram b = new Histogram();
        Histogram all = new Histogram();
        for (int i = 0; i < 50_000; i++) {
            long v = random.nextLong(1, 5_000_000);
            (i % 3 == 0 ? a : b).record(v);
            all.record(v);
        }

        a.add(b);

        assertThat(a.count()).isEqualTo(all.count());
        assertThat(a.max()).isEqualTo(all.max());
        for (double p : PERCENTILES) {
            assertThat(a.percentile(p)).isEqualTo(all.percentile(p));
        }
    }

    @Test
    void drainingMovesCountsAndEmptiesTheSource() {
        Histogram window = new Histogram();
        window.record(1000);
        window.record(3000);
        Histogram target = new Histogram();
        target.record(2000);

        window.drainInto(target);

        assertThat(window.count()).isZero();
        assertThat(window.max()).isZero();
        assertThat(window.percentile(50)).isZero();
        assertThat(target.count()).isEqualTo(3);
        assertThat(target.max()).isEqualTo(3000);
    }

    @Test
    void countsEveryValueRecordedConcurrently() throws InterruptedException {
        Histogram histogram = new Histogram();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 100_000; i++) {
                    histogram.record(i);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(histogram.count()).isEqualTo(800_000);
        assertThat(histogram.max()).isEqualTo(99_999);
    }

    @Test
    void clampsNegativeAndHugeValues() {
        Histogram histogram = new Histogram();
        histogram.record(-5);
        histogram.record(Long.MAX_VALUE);

        assertThat(histogram.percentile(1)).isZero();
        assertThat(histogram.max()).isEqualTo(Histogram.MAX_VALUE);
    }
}
