package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A bulk action over a selection ({@code ids}) or over every device a filter matches (when
 * {@code ids} is null). With {@code preview} nothing changes and the answer says how many devices
 * the action would touch.
 */
@Schema(name = "BulkRequest")
public record BulkRequest(BulkAction action,
                          List<UUID> ids,
                          DeviceFilter filter,
                          @Schema(example = "site") String tagKey,
                          @Schema(example = "berlin") String tagValue,
                          @Schema(example = "building-a") String group,
                          boolean preview) {

    /** A bulk action touches at most this many devices at once. */
    public static final int MAX_DEVICES = 10_000;
}
