package dev.muster.devices.api;

import java.time.Instant;
import java.util.UUID;

/** Purging old presence history, for the retention timer (which lives with the alerts it also purges). */
public interface PresenceRetention {

    /**
     * Deletes at most {@code max} presence transitions of {@code tenantId} that occurred before
     * {@code before}, in a transaction of its own; returns how many it deleted (fewer than
     * {@code max}: nothing older is left). Uptime over windows longer than the retention is computed
     * from what remains.
     */
    int purgeTransitions(UUID tenantId, Instant before, int max);
}
