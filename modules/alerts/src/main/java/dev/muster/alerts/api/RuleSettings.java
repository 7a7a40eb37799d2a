package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The switches and thresholds of the heartbeat rules. For a tenant every field has a value (absent
 * in a request: the default); for a device group's override a null field means "as the tenant's".
 *
 * @param allowedBssids the Wi-Fi access points (BSSIDs) devices may report from; the rule judges
 *                      nothing while the list is empty
 */
@Schema(name = "AlertRuleSettings")
public record RuleSettings(@Schema(example = "true") Boolean batteryEnabled,
                           @Schema(example = "20", description = "1 to 99 %") Integer batteryBelowPercent,
                           @Schema(example = "true") Boolean signalEnabled,
                           @Schema(example = "-85", description = "-150 to -1 dBm") Integer signalBelowDbm,
                           @Schema(example = "false") Boolean accessPointEnabled,
                           @Schema(example = "[\"aa:bb:cc:dd:ee:ff\"]") List<String> allowedBssids,
                           @Schema(example = "true") Boolean clockSkewEnabled,
                           @Schema(example = "30", description = "1 to 86400 s") Integer clockSkewAboveSeconds) {

    public static final RuleSettings DEFAULTS = new RuleSettings(true, 20, true, -85, false, List.of(), true, 30);
    public static final RuleSettings INHERIT = new RuleSettings(null, null, null, null, null, null, null, null);
    public static final int MAX_BSSIDS = 100;

    /** These settings with what they leave open taken from {@code base}. */
    public RuleSettings over(RuleSettings base) {
        return new RuleSettings(or(batteryEnabled, base.batteryEnabled), or(batteryBelowPercent, base.batteryBelowPercent),
                or(signalEnabled, base.signalEnabled), or(signalBelowDbm, base.signalBelowDbm),
                or(accessPointEnabled, base.accessPointEnabled), or(allowedBssids, base.allowedBssids),
                or(clockSkewEnabled, base.clockSkewEnabled), or(clockSkewAboveSeconds, base.clockSkewAboveSeconds));
    }

    /** True when at least one rule is switched on. */
    public boolean anyEnabled() {
        return Boolean.TRUE.equals(batteryEnabled) || Boolean.TRUE.equals(signalEnabled) || Boolean.TRUE.equals(accessPointEnabled)
                || Boolean.TRUE.equals(clockSkewEnabled);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
