package dev.muster.tenants.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per-tenant settings that presence, alerts and retention use. */
@Schema(name = "TenantSettings")
public record TenantSettings(
        @Schema(example = "60") @Min(10) @Max(86_400) int heartbeatIntervalSeconds,
        @Schema(example = "3") @Min(1) @Max(100) int offlineAfterMissedHeartbeats,
        @Schema(example = "24") @Min(1) @Max(8_760) int staleAfterHours,
        @Schema(example = "90") @Min(1) @Max(3_650) int retentionDays) {

    public static final TenantSettings DEFAULTS = new TenantSettings(60, 3, 24, 90);
}
