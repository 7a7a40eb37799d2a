package dev.muster.devices.presence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** What a device sends with a heartbeat; every field is optional. */
@Schema(name = "Heartbeat")
public record Heartbeat(@Schema(example = "2026-11-23T12:00:00Z", description = "The device's clock, ISO-8601") String sentAt,
                        @Schema(example = "60", description = "The interval the device heartbeats at, 10 to 86400 s") Integer intervalSeconds,
                        @Schema(example = "cam-lobby") String hostname,
                        @Schema(example = "Raspberry Pi OS") String os,
                        @Schema(example = "12") String osVersion,
                        @Schema(example = "aarch64") String architecture,
                        @Schema(example = "0.1.0") String agentVersion,
                        @Schema(example = "192.168.1.23") String lanIp,
                        @Schema(example = "203.0.113.7", description = "Taken from the connection when absent") String publicIp,
                        @Schema(example = "b8:27:eb:12:34:56") String mac,
                        @Schema(example = "86400") Long uptimeSeconds,
                        @Schema(example = "87", description = "0 to 100") Integer batteryPercent,
                        @Schema(example = "-61", description = "-150 to 0 dBm") Integer rssiDbm,
                        @Schema(example = "aa:bb:cc:dd:ee:ff") String wifiBssid,
                        @Schema(description = "At most 20 numbers, e.g. cpu, memory, disk, temperature") Map<String, Double> metrics,
                        @Schema(example = "rebooted after update", description = "At most 200 characters") String note) {
}
