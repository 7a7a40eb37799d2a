package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A device's presence over time: its transitions, newest first, and the share of the last 24 hours,
 * 7 days and 30 days it was online (from the transitions; time before the device existed does not
 * count against it).
 */
@Schema(name = "PresenceHistory")
public record PresenceHistory(PresenceView current, Uptime uptime, List<Transition> transitions, long total) {

    /**
     * Fractions from 0 to 1, null when there is nothing to measure in the window: a device that did
     * not exist during any of it, a fleet without samples or in-service devices in it.
     */
    public record Uptime(Double last24Hours, Double last7Days, Double last30Days) {
    }

    /** {@code at}: when it happened; {@code recordedAt}: when the server noticed (null for older rows). */
    public record Transition(Presence from, Presence to, PresenceReason reason, Instant at, Instant recordedAt) {
    }
}
