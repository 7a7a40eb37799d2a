package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a device agent needs to know to behave: the API version, its timing and what the server offers. */
@Schema(name = "DeviceConfig")
public record DeviceConfig(@Schema(example = "1") int apiVersion,
                           @Schema(example = "60") int heartbeatIntervalSeconds,
                           @Schema(example = "180") int offlineAfterSeconds,
                           @Schema(example = "86400") int staleAfterSeconds,
                           @Schema(example = "86400") int tokenLifetimeSeconds,
                           @Schema(example = "[\"reported-info\", \"ssh-keys\", \"ssh-host-keys\"]") List<String> features) {
}
