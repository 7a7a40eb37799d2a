package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A tenant's fleet at a glance: how many devices in each presence, and the most common operating
 * systems, types, agent versions and groups (at most {@value #TOP} values each, most devices first;
 * a null value stands for devices that did not say).
 */
@Schema(name = "FleetSummary")
public record FleetSummary(long total, Map<Presence, Long> byPresence, List<Count> byOs, List<Count> byType,
                           List<Count> byAgentVersion, List<Count> byGroup) {

    public static final int TOP = 20;

    public record Count(String value, long devices) {
    }
}
