package dev.muster.alerts.api;

import dev.muster.alerts.api.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * Which alerts a list or a bulk action covers; every field is optional and they combine with "and".
 * {@code from} and {@code to} bound the last occurrence ({@code from} inclusive, {@code to} exclusive).
 *
 * @param unresolved only OPEN and ACKNOWLEDGED alerts (the inbox's default view)
 */
@Schema(name = "AlertFilter")
public record AlertFilter(AlertStatus status, Boolean unresolved, Severity severity,
                          @Schema(example = "DEVICE_OFFLINE") String type, UUID deviceId,
                          @Schema(example = "building-a") String group, Instant from, Instant to) {

    public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(ALL);
    }

    /** The same filter without the severity, for the counts by severity next to a list. */
    public AlertFilter anySeverity() {
        return new AlertFilter(status, unresolved, null, type, deviceId, group, from, to);
    }
}
