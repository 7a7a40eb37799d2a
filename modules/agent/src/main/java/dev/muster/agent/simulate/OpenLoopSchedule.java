package dev.muster.agent.simulate;

/**
 * When each heartbeat of the simulated fleet is due, fixed in advance. Device {@code i} of
 * {@code n} has the phase {@code i/n} of the interval, so the fleet's heartbeats are spread evenly;
 * its {@code k}-th heartbeat is due at {@code start + k·interval + i·interval/n}. Numbered in time
 * order, heartbeat {@code s} belongs to device {@code s mod n} in round {@code s div n}. Nothing here
 * depends on answers: a slow server makes heartbeats late (and that shows as latency), never fewer.
 */
public record OpenLoopSchedule(long startNanos, long intervalNanos, int devices) {

    public OpenLoopSchedule {
        if (intervalNanos <= 0 || devices <= 0) {
            throw new IllegalArgumentException("Need a positive interval and at least one device");
        }
    }

    /** The intended send time (on the {@link System#nanoTime()} scale) of heartbeat {@code sequence}. */
    public long intendedNanos(long sequence) {
        long round = sequence / devices;
        int device = (int) (sequence % devices);
        return startNanos + round * intervalNanos + (long) ((double) device * intervalNanos / devices);
    }

    public int device(long sequence) {
        return (int) (sequence % devices);
    }

    /** Offered heartbeats per second. */
    public double rate() {
        return devices * 1e9 / intervalNanos;
    }

    /**
     * Whether device {@code index} is one of the silent ones for {@code fraction}: exactly
     * {@code floor(n·fraction)} of {@code n} devices, spread evenly over the index range (and so over
     * the phases), chosen the same way on every run.
     */
    public static boolean silent(int index, double fraction) {
        return Math.floor((index + 1) * fraction) > Math.floor(index * fraction);
    }
}
