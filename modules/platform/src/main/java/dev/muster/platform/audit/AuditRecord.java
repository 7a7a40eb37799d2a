package dev.muster.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as shown by the API and the console. */
@Schema(name = "AuditRecord")
public record AuditRecord(UUID id, UUID tenantId, Instant occurredAt,
                          @Schema(example = "alice@example.com") String actor,
                          @Schema(example = "user.invited") String action,
                          @Schema(example = "invitation") String targetType,
                          String targetId,
                          @Schema(example = "bob@example.com as OPERATOR") String summary,
                          @Schema(example = "127.0.0.1") String clientAddress) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.id(), e.tenantId(), e.occurredAt(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.summary(), e.clientAddress());
    }
}
