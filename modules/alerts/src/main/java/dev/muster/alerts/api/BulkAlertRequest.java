package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Acknowledge or resolve alerts by selection ({@code ids}) or by filter (when {@code ids} is null),
 * at most {@value #MAX_ALERTS} at once. With {@code preview} nothing changes.
 */
@Schema(name = "BulkAlertRequest")
public record BulkAlertRequest(Action action, List<UUID> ids, AlertFilter filter,
                               @Schema(example = "Site power restored") String note, boolean preview) {

    public static final int MAX_ALERTS = 1_000;

    public enum Action { ACKNOWLEDGE, RESOLVE }
}
