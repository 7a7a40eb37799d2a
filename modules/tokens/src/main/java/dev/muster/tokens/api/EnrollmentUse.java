package dev.muster.tokens.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One enrollment made with a code or key.
 *
 * @param deviceKey the device's key at the time (kept when the device is deleted)
 * @param replaced  true when an existing device got new credentials
 */
public record EnrollmentUse(UUID deviceId, String deviceKey, boolean replaced, String clientAddress, Instant enrolledAt) {
}
