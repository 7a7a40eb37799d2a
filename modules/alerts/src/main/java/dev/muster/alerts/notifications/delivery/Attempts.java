package dev.muster.alerts.notifications.delivery;

/** Helpers for what an attempt records. */
final class Attempts {

    private Attempts() {
    }

    /** An error message cut to its column, single-line. */
    static String bounded(String error) {
        if (error == null) {
            return null;
        }
        String line = error.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= Delivery.ERROR ? line : line.substring(0, Delivery.ERROR - 1) + "…";
    }
}
