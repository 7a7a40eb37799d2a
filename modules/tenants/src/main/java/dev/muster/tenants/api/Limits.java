package dev.muster.tenants.api;

/** Field sizes: one constant drives the column length and the validation bound. */
public final class Limits {

    public static final int SLUG = 40;
    public static final String SLUG_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    public static final int NAME = 120;
    public static final int EMAIL = 320;
    public static final int PASSWORD_MIN = 12;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently truncated, so refuse them. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private Limits() {
    }
}
