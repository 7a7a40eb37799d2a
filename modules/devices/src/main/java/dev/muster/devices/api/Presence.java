package dev.muster.devices.api;

/**
 * Whether a device is heard from. NEVER_SEEN until its first heartbeat; ONLINE while heartbeats
 * arrive; OFFLINE when none came for the offline threshold (the tenant's missed heartbeats times
 * the device's interval); STALE when none came for the stale threshold (hidden from default views,
 * never deleted). Any heartbeat makes a device ONLINE again.
 */
public enum Presence {
    NEVER_SEEN, ONLINE, OFFLINE, STALE
}
