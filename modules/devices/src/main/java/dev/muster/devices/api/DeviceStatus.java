package dev.muster.devices.api;

/**
 * Where a device stands with its credentials. Presence (online, offline, stale) is a separate
 * matter, tracked from heartbeats.
 */
public enum DeviceStatus {
    /** Enrolled or pre-registered: its secret and tokens work. */
    ACTIVE,
    /** Unprovisioned: credentials and reported info cleared, id and key kept; must enroll again. */
    RESET,
    /** Permanently refused; stays listed so the fleet's history stays readable. */
    REVOKED
}
