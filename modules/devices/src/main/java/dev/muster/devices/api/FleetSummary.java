package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A tenant's fleet at a glance: how many devices in each presence, and the most common operating
 * systems, types, agent versions and groups (at most {@value #TOP} values each, most devices first;
 * a null value stands for devices that did not say), and the fleet's uptime.
 *
 * @param uptime the share of in-service device-time that devices were ONLINE over the last 24 hours,
 *               7 days and 30 days, from the fleet presence samples: Σ online / Σ (online + offline)
 *               over the samples in the window. NEVER_SEEN devices are not in service yet, STALE ones
 *               no longer (gone longer than the stale threshold, revoked devices end up there too).
 *               Each figure is null until a sample exists in its window, or when no device was in
 *               service in it
 */
@Schema(name = "FleetSummary")
public record FleetSummary(long total, Map<Presence, Long> byPresence, List<Count> byOs, List<Count> byType,
                           List<Count> byAgentVersion, List<Count> byGroup, PresenceHistory.Uptime uptime) {

    public static final int TOP = 20;

    public record Count(String value, long devices) {
    }
}
