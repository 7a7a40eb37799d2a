package dev.muster.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One state change: who did what to which target, when, from where, with a short before/after
 * summary. Immutable once written (no setters, {@code updatable = false} everywhere) and never
 * deleted through the product. {@code tenantId} is null for platform-level actions.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int SUMMARY_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 320)
    private String actor;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "action", nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 80)
    private String targetId;

    @Column(name = "summary", updatable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(UUID tenantId, Instant occurredAt, String actor, UUID actorId, String action, String targetType,
               String targetId, String summary, String clientAddress) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorId = actorId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = summary == null || summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
        this.clientAddress = clientAddress;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String summary() { return summary; }
    public String clientAddress() { return clientAddress; }
}
