package dev.muster.agent.simulate;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A log-linear histogram of non-negative values (the simulator records microseconds). Values below
 * 128 have a bucket each; above, every power of two is split into 64 equal buckets, so a bucket is
 * at most 1/64 of its values wide and a percentile, reported as its bucket's midpoint, is within
 * about 0.8 % of the true value. Values above 2^36 (19 hours in microseconds) count as 2^36.
 *
 * <p>{@link #record} is lock-free and allocation-free, safe from any number of threads; a reporter
 * moves counts out with {@link #drainInto} (no count is lost or counted twice; one recorded during
 * the drain lands in this window or the next). Histograms merge with {@link #add}.
 */
public final class Histogram {

    private static final int LINEAR = 128;
    private static final int HALF = LINEAR / 2;
    private static final int MAX_MSB = 36;
    static final long MAX_VALUE = (1L << MAX_MSB) - 1;
    private static final int BUCKETS = index(MAX_VALUE) + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    static int index(long value) {
        if (value < LINEAR) {
            return (int) value;
        }
        int msb = 63 - Long.numberOfLeadingZeros(value);
        int shift = msb - 6;
        return shift * HALF + (int) (value >>> shift);
    }

    static long lowest(int index) {
        if (index < LINEAR) {
            return index;
        }
        int shift = index / HALF - 1;
        return (long) (index - shift * HALF) << shift;
    }

    static long width(int index) {
        return index < LINEAR ? 1 : 1L << (index / HALF - 1);
    }

    /** Records one value; negative values count as 0. */
    public void record(long value) {
        long v = value < 0 ? 0 : Math.min(value, MAX_VALUE);
        counts.incrementAndGet(index(v));
        total.incrementAndGet();
        max.accumulateAndGet(v, Math::max);
    }

    public long count() {
        return total.get();
    }

    public long max() {
        return max.get();
    }

    /**
     * The value at or below which {@code percent} of the recorded values lie (nearest rank); 0
     * when empty. Exact below 128, else the midpoint of the bucket, never above {@link #max()}.
     */
    public long percentile(double percent) {
        long n = count();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        if (rank >= n) {
            return max();
        }
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(lowest(i) + (width(i) - 1) / 2, max());
            }
        }
        return max();
    }

    /** Adds the counts of {@code other} to this one. */
    public void add(Histogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            long c = other.counts.get(i);
            if (c != 0) {
                counts.addAndGet(i, c);
            }
        }
        total.addAndGet(other.count());
        max.accumulateAndGet(other.max(), Math::max);
    }

    /** Moves every count from this histogram into {@code target}, leaving this one empty. */
    public void drainInto(Histogram target) {
        long moved = 0;
        for (int i = 0; i < BUCKETS; i++) {
            long c = counts.getAndSet(i, 0);
            if (c != 0) {
                target.counts.addAndGet(i, c);
                moved += c;
            }
        }
        total.addAndGet(-moved);
        target.total.addAndGet(moved);
        target.max.accumulateAndGet(max.getAndSet(0), Math::max);
    }

    public void reset() {
        drainInto(new Histogram());
    }
}
