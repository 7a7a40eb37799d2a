package dev.muster.devices.api;

import dev.muster.platform.errors.FieldChecks;

/** Field sizes of devices: one constant drives the column length and the validation bound. */
public final class DeviceLimits {

    public static final int KEY = 128;
    /** A device key chosen by the device: a serial number, a MAC, a UUID. No spaces, no markup. */
    public static final String KEY_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:@-]*$";
    public static final int NAME = 100;
    public static final int TYPE = 40;
    public static final int GROUP = 80;
    public static final int NOTES = 2000;
    public static final int TAGS = 20;
    public static final int TAG_KEY = FieldChecks.LABEL;
    public static final int TAG_VALUE = 100;
    public static final int ATTRIBUTES = 30;
    public static final int ATTRIBUTE_VALUE = 500;
    public static final int HOSTNAME = 253;
    public static final int OS = 64;
    public static final int ARCHITECTURE = 32;
    public static final int AGENT_VERSION = 32;
    public static final int HARDWARE_ID = 128;
    public static final int IP = 45;
    public static final int MAC = 17;
    public static final String MAC_PATTERN = "^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$";

    private DeviceLimits() {
    }
}
