package dev.muster.devices.presence;

import dev.muster.devices.api.FleetHistory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of fleet presence samples, free of the container so it is tested on its own: which
 * time bucket a sample belongs to, when the sampling timer first fires, how a window's samples are
 * thinned to a chart's resolution, and the fleet's uptime.
 *
 * <p>Buckets start at whole multiples of the sampling interval since the epoch, so every node puts
 * a sample taken at the same moment into the same bucket, whatever its timer's phase.
 */
final class FleetSeries {

    /** The shortest sampling interval; anything shorter is taken as this. */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** How long after a bucket starts its sample is taken, at most: late enough that an early timer still lands in it. */
    private static final long MAX_SETTLE_SECONDS = 5;

    private FleetSeries() {
    }

    static Duration interval(long seconds) {
        Duration interval = Duration.ofSeconds(seconds);
        return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
    }

    /** The start of the bucket {@code at} falls in. */
    static Instant bucket(Instant at, Duration interval) {
        long step = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), step) * step);
    }

    /**
     * When the sampling timer fires first: shortly after the next bucket starts (a tenth of the
     * interval, at most {@value #MAX_SETTLE_SECONDS} s), so that each firing of a fixed-rate timer
     * falls into a bucket of its own.
     */
    static Instant firstRun(Instant now, Duration interval) {
        Duration settle = interval.dividedBy(10);
        if (settle.getSeconds() >= MAX_SETTLE_SECONDS) {
            settle = Duration.ofSeconds(MAX_SETTLE_SECONDS);
        }
        return bucket(now, interval).plus(interval).plus(settle);
    }

    /** At most one point per {@code resolution}: the last sample of each step (samples oldest first). */
    static List<FleetHistory.Point> thin(List<FleetHistory.Point> samples, Duration resolution) {
        Map<Instant, FleetHistory.Point> last = new LinkedHashMap<>();
        for (FleetHistory.Point sample : samples) {
            last.put(bucket(sample.at(), resolution), sample);
        }
        return new ArrayList<>(last.values());
    }

    /** Σ online / Σ (online + offline) over {@code samples}; null when there is nothing to measure. */
    static Double uptime(List<FleetHistory.Point> samples) {
        long online = 0;
        long inService = 0;
        for (FleetHistory.Point sample : samples) {
            online += sample.online();
            inService += sample.online() + sample.offline();
        }
        return uptime(online, inService);
    }

    /**
     * The share of in-service device-time that devices were online, from summed sample counts (each
     * sample stands for one sampling interval); null without samples or without devices in service.
     */
    static Double uptime(Long online, Long inService) {
        if (online == null || inService == null || inService <= 0) {
            return null;
        }
        return (double) online / inService;
    }
}
