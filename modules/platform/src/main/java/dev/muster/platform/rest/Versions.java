package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version, and a change must name the
 * version it was based on in {@code If-Match} (428 without it, 412 when someone else changed it
 * meanwhile), so no one's change is silently overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version {@code If-Match} names; {@code what} says where the ETag comes from ("GET /devices/…"). */
    public static long expected(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MusterException(ErrorCode.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from " + what + " so no one else's change is overwritten");
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw MusterException.invalid("If-Match", "must be the ETag from " + what);
        }
    }
}
