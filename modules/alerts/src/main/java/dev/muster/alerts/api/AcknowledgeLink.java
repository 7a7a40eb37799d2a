package dev.muster.alerts.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An acknowledge link's token, read. The ids and expiry are known when the token is genuine (VALID
 * or EXPIRED) and null when it is INVALID.
 */
public record AcknowledgeLink(Status status, UUID tenantId, UUID alertId, Instant expiresAt) {

    public enum Status {
        /** Issued by this server and not expired. */
        VALID,
        /** Issued by this server, but expired. */
        EXPIRED,
        /** Not a token this server issued for an acknowledge link: malformed, cut short or altered. */
        INVALID
    }

    public static final AcknowledgeLink INVALID = new AcknowledgeLink(Status.INVALID, null, null, null);

    public boolean valid() {
        return status == Status.VALID;
    }
}
