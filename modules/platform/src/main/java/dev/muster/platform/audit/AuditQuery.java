package dev.muster.platform.audit;

import java.time.Instant;

/** Filters of the audit log; every field optional. {@code text} matches actor, target and summary. */
public record AuditQuery(String action, String actor, String text, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
