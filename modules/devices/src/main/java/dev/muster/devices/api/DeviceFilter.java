package dev.muster.devices.api;

import java.util.Locale;

/**
 * Which devices a list, a bulk action or an export covers. Null fields do not filter.
 *
 * @param tag      {@code key} (has the tag) or {@code key=value}
 * @param text     free text over name, key, hostname and IP addresses, case-insensitive
 * @param presence the devices in this presence; null: every device except STALE ones, which
 *                 default views hide (they are never deleted)
 */
public record DeviceFilter(DeviceStatus status, String type, String group, String tag, String os, String text, Presence presence) {

    public static final DeviceFilter ALL = new DeviceFilter(null, null, null, null, null, null, null);

    public DeviceFilter {
        type = blankToNull(type);
        group = blankToNull(group);
        tag = blankToNull(tag);
        os = blankToNull(os);
        text = blankToNull(text);
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Sort orders of device lists; every one is made total by the device id. */
    public enum Sort {
        NAME, KEY, TYPE, CREATED;

        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return NAME;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
