package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The share of a window a device was ONLINE, from its transitions: the state before the first
 * change ({@code initial}) and each change in time order. Time before the device existed is left
 * out of the window, so a device created an hour ago and online since has 100 % over 30 days.
 */
record Uptime(Presence initial, List<Change> changes, Instant created) {

    record Change(Presence to, Instant at) {
    }

    /** The online fraction of {@code [now - window, now]}, or null if the device did not exist in it. */
    Double over(Instant now, Duration window) {
        Instant start = now.minus(window);
        if (created.isAfter(start)) {
            start = created;
        }
        if (!start.isBefore(now)) {
            return null;
        }
        Presence state = initial;
        for (Change change : changes) {
            if (!change.at().isAfter(start)) {
                state = change.to();
            }
        }
        long online = 0;
        Instant from = start;
        for (Change change : changes) {
            if (!change.at().isAfter(start)) {
                continue;
            }
            Instant until = change.at().isAfter(now) ? now : change.at();
            if (state == Presence.ONLINE) {
                online += Duration.between(from, until).toMillis();
            }
            state = change.to();
            from = until;
        }
        if (state == Presence.ONLINE) {
            online += Duration.between(from, now).toMillis();
        }
        return (double) online / Duration.between(start, now).toMillis();
    }
}
