package dev.muster.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console shows points in time: UTC, to the minute, the same on every page. The audit log
 * and the API speak UTC too, so what an operator reads matches what they can query.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INSTANT_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    public String instantSeconds(Instant instant) {
        return instant == null ? "" : INSTANT_SECONDS.format(instant);
    }

    /** A fraction from 0 to 1 as a percentage with one decimal, or a dash when there is none (nothing to measure yet). */
    public String percent(Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** "just now", "2 min ago", "3 h ago", "5 d ago": how long before now {@code instant} was. */
    public String ago(Instant instant) {
        return instant == null ? "" : ago(instant, Instant.now());
    }

    static String ago(Instant instant, Instant now) {
        long seconds = Math.max(0, Duration.between(instant, now).getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3_600 + " h ago";
        }
        return seconds / 86_400 + " d ago";
    }
}
