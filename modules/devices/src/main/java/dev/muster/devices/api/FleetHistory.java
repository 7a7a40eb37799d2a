package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's fleet presence over a window, from the samples the server takes every few minutes
 * (see docs/architecture.md). Each point is the last sample within one {@code resolutionSeconds}
 * step, a snapshot as a time-series database answers a range query with a step; samples the server
 * did not take (it was down) leave gaps rather than guesses.
 *
 * @param window the window's label: {@code 24h}, {@code 7d} or {@code 30d}
 * @param uptime the fleet's uptime over the window, as in {@link FleetSummary#uptime()}; null before
 *               any sample, or when no device was in service
 * @param points oldest first; empty before the first sample
 */
@Schema(name = "FleetHistory")
public record FleetHistory(@Schema(example = "24h") String window, Instant from, Instant to,
                           @Schema(example = "300") long resolutionSeconds, Double uptime, List<Point> points) {

    /** How many devices of the tenant were in each presence at {@code at}. */
    @Schema(name = "FleetHistoryPoint")
    public record Point(Instant at, long online, long offline, long stale, long neverSeen) {
    }
}
