package dev.muster.devices.api;

/** What a bulk action does to every device it covers. */
public enum BulkAction {
    /** Sets the tag {@code tagKey=tagValue}. */
    TAG,
    /** Removes the tag {@code tagKey}. */
    UNTAG,
    /** Moves the devices to {@code group} (empty: out of any group). */
    MOVE_GROUP,
    REVOKE,
    DELETE
}
