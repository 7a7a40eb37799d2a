package dev.muster.alerts.api;

/** Field sizes of channels: one constant drives the column length and the validation bound. */
public final class ChannelLimits {

    public static final int NAME = 100;
    public static final int RECIPIENTS = 20;
    public static final int RECIPIENTS_TEXT = 2000;
    public static final int URL = 2000;
    public static final int TYPES = 15;
    public static final int TYPE = 60;
    public static final int GROUPS = 20;
    public static final int GROUP = 80;

    private ChannelLimits() {
    }
}
