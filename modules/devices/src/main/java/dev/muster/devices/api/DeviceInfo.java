package dev.muster.devices.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a device reports about itself. Every field is optional; IP addresses are checked to be
 * literal IPv4 or IPv6 addresses (never resolved).
 */
@Schema(name = "DeviceInfo")
public record DeviceInfo(
        @Schema(example = "cam-lobby-01") @Size(max = DeviceLimits.HOSTNAME) String hostname,
        @Schema(example = "Raspberry Pi OS") @Size(max = DeviceLimits.OS) String os,
        @Schema(example = "12") @Size(max = DeviceLimits.OS) String osVersion,
        @Schema(example = "aarch64") @Size(max = DeviceLimits.ARCHITECTURE) String architecture,
        @Schema(example = "0.1.0") @Size(max = DeviceLimits.AGENT_VERSION) String agentVersion,
        @Schema(example = "b8:27:eb:12:34:56") @Pattern(regexp = DeviceLimits.MAC_PATTERN, message = "must be a MAC address like b8:27:eb:12:34:56") String mac,
        @Schema(example = "192.168.1.23") @Size(max = DeviceLimits.IP) String lanIp,
        @Schema(example = "203.0.113.7") @Size(max = DeviceLimits.IP) String publicIp,
        @Schema(example = "10000000abcdef01") @Size(max = DeviceLimits.HARDWARE_ID) String hardwareId) {

    public static final DeviceInfo NONE = new DeviceInfo(null, null, null, null, null, null, null, null, null);
}
