package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A device with its new secret: the answer to pre-registration and secret rotation. The secret
 * is in this answer and nowhere else, ever.
 */
@Schema(name = "CreatedDevice")
public record CreatedDevice(DeviceView device,
                            @Schema(description = "The device secret (256 bits); shown once") String secret) {
}
