package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A device an admin registers before it exists in the field (provisioned by image). Only
 * {@code key} or nothing at all is needed; the server assigns a key when none is given.
 */
@Schema(name = "NewDevice")
public record NewDevice(@Schema(example = "b827eb123456") String key,
                        @Schema(example = "Lobby camera") String name,
                        @Schema(example = "camera") String type,
                        @Schema(example = "building-a") String group,
                        Map<String, String> tags,
                        String notes,
                        Map<String, String> attributes) {
}
