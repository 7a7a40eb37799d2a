package dev.muster.devices.api;

/** Why a device's presence changed. */
public enum PresenceReason {
    /** A heartbeat arrived. */
    HEARTBEAT,
    /** No heartbeat within the threshold. */
    TIMEOUT,
    /** The device was revoked. */
    REVOKED,
    /** The device was reset and must enroll again. */
    RESET,
    /** An operator set it. */
    MANUAL
}
