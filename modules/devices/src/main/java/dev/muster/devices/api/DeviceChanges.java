package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A partial update of a device's admin-owned fields, with JSON merge-patch meaning: a field that
 * is absent (null here) stays as it is; an empty string clears a text field; an empty object
 * clears the tags or attributes; a map replaces the whole set.
 */
@Schema(name = "DeviceChanges")
public record DeviceChanges(@Schema(example = "Lobby camera") String name,
                            @Schema(example = "camera") String type,
                            @Schema(example = "building-a") String group,
                            Map<String, String> tags,
                            String notes,
                            Map<String, String> attributes) {
}
