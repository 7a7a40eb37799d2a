package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk action did, alert by alert.
 *
 * @param matched alerts the selection or filter covers (ids of other tenants and unknown ids are NOT_FOUND items, not matches)
 * @param changed alerts actually changed (0 in a preview)
 */
@Schema(name = "BulkAlertResult")
public record BulkAlertResult(BulkAlertRequest.Action action, long matched, long changed, boolean preview, List<Item> items) {

    public enum Outcome { CHANGED, UNCHANGED, NOT_FOUND, WOULD_CHANGE }

    @Schema(name = "BulkAlertItem")
    public record Item(UUID id, Outcome outcome) {
    }
}
