package dev.muster.tokens.enrollment;

import dev.muster.devices.api.DeviceInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a device sends to enroll: an enrollment code or a provisioning key (exactly one), and
 * optionally its own stable key, a name, a type and what it knows about itself.
 */
@Schema(name = "EnrollRequest")
public record EnrollRequest(@Schema(example = "K7P-X3M", description = "6 characters; case, spaces and dashes do not matter") String code,
                            @Schema(description = "A provisioning key (mp_…) instead of a code") String provisioningKey,
                            @Schema(example = "b827eb123456", description = "A stable key of the device's choosing, e.g. a serial number; assigned by the server if absent") String deviceKey,
                            @Schema(example = "Lobby camera") String name,
                            @Schema(example = "camera") String type,
                            DeviceInfo info) {
}
