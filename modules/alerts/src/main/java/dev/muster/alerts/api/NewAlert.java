package dev.muster.alerts.api;

import dev.muster.alerts.api.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/**
 * An alert raised by an operator (about a device or the whole tenant) or by a device about itself
 * (then {@code deviceId} is ignored). A raise of a device's type that is unresolved counts as a repeat.
 */
@Schema(name = "NewAlert")
public record NewAlert(UUID deviceId,
                       @Schema(example = "DOOR_OPEN", description = "A custom type: A-Z, 0-9 and _, 2 to 40 characters") String type,
                       @Schema(example = "MAJOR") Severity severity,
                       @Schema(example = "The cabinet door has been open for 10 minutes") String message,
                       @Schema(description = "At most 10 entries of short text") Map<String, String> details) {
}
