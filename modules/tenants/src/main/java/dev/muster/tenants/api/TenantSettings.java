package dev.muster.tenants.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Per-tenant settings that presence, alerts and retention use.
 *
 * @param clockSkewThresholdSeconds a device whose clock is off by more than this is flagged; absent
 *                                  in a request means the default, {@value #DEFAULT_SKEW_SECONDS} s
 */
@Schema(name = "TenantSettings")
public record TenantSettings(
        @Schema(example = "60") @Min(10) @Max(86_400) int heartbeatIntervalSeconds,
        @Schema(example = "3") @Min(1) @Max(100) int offlineAfterMissedHeartbeats,
        @Schema(example = "24") @Min(1) @Max(8_760) int staleAfterHours,
        @Schema(example = "90") @Min(1) @Max(3_650) int retentionDays,
        @Schema(example = "30") @Min(1) @Max(86_400) Integer clockSkewThresholdSeconds) {

    public static final int DEFAULT_SKEW_SECONDS = 30;
    public static final TenantSettings DEFAULTS = new TenantSettings(60, 3, 24, 90, DEFAULT_SKEW_SECONDS);

    public TenantSettings {
        clockSkewThresholdSeconds = clockSkewThresholdSeconds == null ? DEFAULT_SKEW_SECONDS : clockSkewThresholdSeconds;
    }

    /** How long a device may stay silent before it counts as offline: the missed heartbeats times its interval. */
    public int offlineAfterSeconds(int intervalSeconds) {
        return intervalSeconds * offlineAfterMissedHeartbeats;
    }
}
