package dev.muster.devices.api;

import dev.muster.platform.paging.PageRequest;

import java.util.UUID;

/**
 * The device registry of the caller's tenant, for its users and API keys. Reading needs VIEWER;
 * changing devices needs OPERATOR; credentials, revocation and deletion need ADMIN. Another
 * tenant's device is simply not found.
 */
public interface Devices {

    /** Registers a device without an enrollment code; its secret is returned once. */
    CreatedDevice preRegister(NewDevice device);

    DeviceList list(DeviceFilter filter, DeviceFilter.Sort sort, boolean descending, String after, int limit);

    DeviceView get(UUID id);

    /** Counts by presence, the most common OS, types, agent versions and groups, and the fleet's uptime. */
    FleetSummary fleet();

    /** The fleet's presence over {@code window}, from the server's samples (oldest first). */
    FleetHistory fleetHistory(FleetWindow window);

    /** The device's presence, uptime and transitions (newest first, paged). */
    PresenceHistory presence(UUID id, PageRequest page);

    /**
     * Marks the device OFFLINE or STALE by hand (OPERATOR), recorded and published as a transition
     * with reason MANUAL and audited. Refused naming {@code state}: any other state (400), the state
     * it is in already, or a step back (STALE to OFFLINE) or from NEVER_SEEN (409).
     */
    PresenceView markPresence(UUID id, PresenceMark mark);

    /** Applies {@code changes} if the device is still at {@code expectedVersion}. */
    DeviceView update(UUID id, DeviceChanges changes, long expectedVersion);

    /** Refuses the device for good; its secret and tokens stop working at once. */
    DeviceView revoke(UUID id);

    /** Clears credentials and reported info, keeping id and key: the device must enroll again. */
    DeviceView reset(UUID id);

    /** Issues a new secret (returned once); the old secret and every token stop working at once. */
    CreatedDevice rotateSecret(UUID id);

    /** Deletes the device with everything that hangs off it; the audit log keeps the record. */
    void delete(UUID id);

    BulkResult bulk(BulkRequest request);

    /**
     * The SSH public keys of the devices a filter matches, as text: {@code authorized_keys} lines
     * (comment: the device key) or {@code known_hosts}-style lines naming the device by hostname,
     * key and LAN IP.
     */
    String exportSshKeys(DeviceFilter filter, SshExportFormat format);

    /** The SSH host keys devices should trust (ssh-keyscan format), or an empty text. */
    String sshHostKeys();

    /** Replaces the tenant's SSH host keys; an empty text removes them. */
    String replaceSshHostKeys(String text);
}
