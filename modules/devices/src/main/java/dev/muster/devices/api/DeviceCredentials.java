package dev.muster.devices.api;

import dev.muster.platform.security.Caller;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Device credentials, for the enrollment and token module. A device's credentials carry a
 * generation that every rotation, reset, re-enrollment and revocation changes; a device token names
 * the generation it was issued for, so an old token is refused by the next request.
 */
public interface DeviceCredentials {

    /**
     * Creates the device, or gives an existing one new credentials, in tenant {@code tenantId}, in
     * the caller's transaction. A device whose key is already enrolled and active is refused unless
     * {@code mayReplace} (a code bound to that key); a revoked device is refused always.
     *
     * @param via how the device enrolled, shown in the registry ({@code code:<id>}, {@code provisioning-key:<id>})
     */
    EnrolledDevice enroll(UUID tenantId, Enrollee enrollee, String via, boolean mayReplace);

    /** How the device with this key in {@code tenantId} was last enrolled, if it exists. */
    Optional<EnrollmentState> enrollment(UUID tenantId, String key);

    /** The device's current credential, if {@code secret} is its current secret and the device is active. */
    Optional<DeviceCredential> verifySecret(UUID deviceId, String secret);

    /**
     * The caller a device token stands for, re-checked against the database: refused unless the
     * device is still active, in an active tenant, with the credential generation the token names.
     */
    Caller verifyToken(UUID deviceId, UUID tenantId, long generation);

    /**
     * What a device tells about itself when it enrolls; {@code name}, {@code type}, {@code group} and
     * {@code tags} may instead come from the code it enrolls with.
     */
    record Enrollee(String key, String name, String type, String group, Map<String, String> tags, DeviceInfo info) {
    }

    /**
     * @param secret   the device secret, to show once
     * @param replaced true when an existing device got new credentials (re-enrollment of a wiped device)
     */
    record EnrolledDevice(UUID id, String key, UUID tenantId, String secret, long generation, boolean replaced) {
    }

    record DeviceCredential(UUID deviceId, UUID tenantId, String key, long generation) {
    }

    /** @param enrolledVia as in {@link DeviceView#enrolledVia()} */
    record EnrollmentState(UUID deviceId, DeviceStatus status, String enrolledVia, Instant enrolledAt) {
    }
}
