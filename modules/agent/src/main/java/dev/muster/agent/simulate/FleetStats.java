package dev.muster.agent.simulate;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and latency histograms of a simulation. Workers call {@link #answered} and
 * {@link #error}; the reporter calls {@link #window} every few seconds and reads the rest.
 */
final class FleetStats {

    final LongAdder offered = new LongAdder();
    final LongAdder answered = new LongAdder();
    final LongAdder ok = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Histogram recent = new Histogram();
    final Histogram cumulative = new Histogram();

    /** An HTTP answer to a heartbeat, {@code micros} after its intended send time. */
    void answered(int status, long micros) {
        recent.record(micros);
        answered.increment();
        if (status >= 200 && status < 300) {
            ok.increment();
        } else {
            error(Integer.toString(status));
        }
    }

    /** A failure by kind: an HTTP status, {@code timeout}, {@code connect}, {@code io}, {@code token-401}… */
    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Moves the latencies recorded since the last call into a new histogram (and into the cumulative one). */
    Histogram window() {
        Histogram window = new Histogram();
        recent.drainInto(window);
        cumulative.add(window);
        return window;
    }

    Map<String, Long> errors() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    String errorsText() {
        Map<String, Long> errors = errors();
        if (errors.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        errors.forEach((kind, count) -> text.append(text.length() == 0 ? "" : " ").append(kind).append('=').append(count));
        return text.toString();
    }

    static String percentiles(Histogram h) {
        if (h.count() == 0) {
            return "p50 - p95 - p99 - max -";
        }
        return "p50 " + millis(h.percentile(50)) + " p95 " + millis(h.percentile(95)) + " p99 " + millis(h.percentile(99))
                + " max " + millis(h.max());
    }

    static String millis(long micros) {
        return String.format(Locale.ROOT, micros < 10_000 ? "%.2f ms" : micros < 100_000 ? "%.1f ms" : "%.0f ms", micros / 1000.0);
    }
}
