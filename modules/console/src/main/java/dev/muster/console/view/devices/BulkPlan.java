package dev.muster.console.view.devices;

import dev.muster.devices.api.BulkAction;
import dev.muster.devices.api.BulkRequest;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A bulk action as the confirmation dialog prepared it: what to do, and to which devices (the
 * selected ids, or every device the applied filter matches). The dialog shows the count of a
 * preview of exactly this plan, and applying is refused unless the plan is still the one previewed,
 * so the number the user confirmed is the number of the request that changes devices.
 */
public record BulkPlan(BulkAction action, Scope scope, List<UUID> ids, FilterValues filter,
                       String tagKey, String tagValue, String group) implements Serializable {

    /** Which devices a bulk action covers. */
    public enum Scope {
        /** The devices ticked in the table. */
        SELECTION,
        /** Every device matching the list's applied filter, on any page. */
        FILTER
    }

    public BulkPlan {
        ids = scope == Scope.SELECTION ? List.copyOf(ids) : null;
        filter = scope == Scope.FILTER ? filter : null;
        tagKey = action == BulkAction.TAG || action == BulkAction.UNTAG ? strip(tagKey) : null;
        tagValue = action == BulkAction.TAG ? (tagValue == null ? "" : tagValue.strip()) : null;
        group = action == BulkAction.MOVE_GROUP ? strip(group) : null;
    }

    public BulkRequest toRequest(boolean preview) {
        return new BulkRequest(action, ids, filter == null ? null : filter.toFilter(), tagKey, tagValue, group, preview);
    }

    /** Revoking and deleting cannot be undone; the dialog shows them as dangerous. */
    public boolean dangerous() {
        return action == BulkAction.REVOKE || action == BulkAction.DELETE;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
