package dev.muster.console.view.devices;

import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceStatus;

import java.io.Serializable;

/**
 * The device list's filters as the page keeps them: a serializable copy of a {@link DeviceFilter}
 * (the API record is not serializable and lives in view-scoped beans only transiently).
 */
public record FilterValues(DeviceStatus status, String type, String group, String tag, String os, String text)
        implements Serializable {

    public static final FilterValues NONE = new FilterValues(null, null, null, null, null, null);

    public FilterValues {
        type = blankToNull(type);
        group = blankToNull(group);
        tag = blankToNull(tag);
        os = blankToNull(os);
        text = blankToNull(text);
    }

    public DeviceFilter toFilter() {
        return new DeviceFilter(status, type, group, tag, os, text, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
