package dev.muster.alerts.lifecycle;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Alert type codes. The built-in ones are raised by the server itself; a custom type (raised by a
 * device or an operator) is any other code of upper-case letters, digits and underscores, so it
 * reads the same in filters, channel subscriptions and notifications.
 */
public final class AlertTypes {

    public static final String DEVICE_OFFLINE = "DEVICE_OFFLINE";
    public static final String DEVICE_STALE = "DEVICE_STALE";
    public static final String BATTERY_LOW = "BATTERY_LOW";
    public static final String WEAK_SIGNAL = "WEAK_SIGNAL";
    public static final String UNEXPECTED_ACCESS_POINT = "UNEXPECTED_ACCESS_POINT";
    public static final String CLOCK_SKEW = "CLOCK_SKEW";

    public static final Set<String> BUILT_IN = Set.of(DEVICE_OFFLINE, DEVICE_STALE, BATTERY_LOW, WEAK_SIGNAL,
            UNEXPECTED_ACCESS_POINT, CLOCK_SKEW);

    /** Length of a type code; the column is this wide. */
    public static final int MAX = 40;
    public static final String PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private AlertTypes() {
    }

    public static boolean wellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** A custom type: well formed and not one the server raises itself (a device must not fake DEVICE_OFFLINE). */
    public static boolean custom(String code) {
        return wellFormed(code) && !BUILT_IN.contains(code);
    }
}
