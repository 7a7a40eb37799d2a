package dev.muster.devices.api;

import java.time.Duration;
import java.util.Locale;

/**
 * The spans fleet history and uptime are shown over, each with the resolution its chart is drawn at:
 * at most one point per {@link #resolution()}, so a chart holds about 300 points whatever the span.
 */
public enum FleetWindow {
    LAST_24_HOURS("24h", Duration.ofHours(24), Duration.ofMinutes(5)),
    LAST_7_DAYS("7d", Duration.ofDays(7), Duration.ofMinutes(30)),
    LAST_30_DAYS("30d", Duration.ofDays(30), Duration.ofHours(2));

    private final String label;
    private final Duration length;
    private final Duration resolution;

    FleetWindow(String label, Duration length, Duration resolution) {
        this.label = label;
        this.length = length;
        this.resolution = resolution;
    }

    /** How the API and the console name it: {@code 24h}, {@code 7d}, {@code 30d}. */
    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public Duration resolution() {
        return resolution;
    }

    /** The window a label names (any case); the last 24 hours when none is given; null for anything else. */
    public static FleetWindow parse(String value) {
        if (value == null || value.isBlank()) {
            return LAST_24_HOURS;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (FleetWindow window : values()) {
            if (window.label.equals(wanted)) {
                return window;
            }
        }
        return null;
    }
}
