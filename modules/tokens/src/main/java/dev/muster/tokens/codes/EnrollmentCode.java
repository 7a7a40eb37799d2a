package dev.muster.tokens.codes;

import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tokens.api.EnrollmentCodeView;
import dev.muster.tokens.api.EnrollmentUse;
import dev.muster.tokens.api.GrantStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A one-time (or N-time) enrollment code of a tenant. Only the keyed digest of the code is stored:
 * it finds the row with one indexed lookup and reveals nothing without the server's key.
 *
 * <p>Invariants: {@code uses} never exceeds {@code maxUses} (the database checks it too, and uses
 * are taken with one conditional UPDATE, so concurrent enrollments cannot overspend a code); a
 * revoked code never works again.
 */
@Entity
@Table(name = "enrollment_code")
public class EnrollmentCode extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "code_digest", nullable = false, updatable = false, length = 64)
    private String codeDigest;

    @Column(name = "max_uses", nullable = false, updatable = false)
    private int maxUses;

    @Column(name = "uses", nullable = false)
    private int uses;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "device_key", updatable = false, length = 128)
    private String deviceKey;

    @Column(name = "device_name", updatable = false, length = 100)
    private String deviceName;

    @Column(name = "device_type", updatable = false, length = 40)
    private String deviceType;

    @Column(name = "group_name", updatable = false, length = 80)
    private String group;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_code_tag", joinColumns = @JoinColumn(name = "code_id"))
    @MapKeyColumn(name = "tag_key", length = 40)
    @Column(name = "tag_value", nullable = false, length = 100)
    @BatchSize(size = 100)
    private Map<String, String> tags = new TreeMap<>();

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false, length = 320)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected EnrollmentCode() {
    }

    EnrollmentCode(String codeDigest, int maxUses, Instant expiresAt, Binding binding, String note, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.codeDigest = codeDigest;
        this.maxUses = maxUses;
        this.expiresAt = expiresAt;
        this.deviceKey = binding.deviceKey();
        this.deviceName = binding.deviceName();
        this.deviceType = binding.deviceType();
        this.group = binding.group();
        this.tags.putAll(binding.tags());
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** What a code gives the device that enrolls with it. */
    public record Binding(String deviceKey, String deviceName, String deviceType, String group, Map<String, String> tags) {
    }

    public UUID id() { return id; }
    public Binding binding() { return new Binding(deviceKey, deviceName, deviceType, group, Map.copyOf(tags)); }

    public GrantStatus status(Instant now) {
        if (revokedAt != null) {
            return GrantStatus.REVOKED;
        }
        if (uses >= maxUses) {
            return GrantStatus.USED_UP;
        }
        return expiresAt.isAfter(now) ? GrantStatus.ACTIVE : GrantStatus.EXPIRED;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    EnrollmentCodeView view(Instant now, List<EnrollmentUse> enrollments) {
        return new EnrollmentCodeView(id, status(now), maxUses, uses, expiresAt, revokedAt, deviceKey, deviceName,
                deviceType, group, Collections.unmodifiableSortedMap(new TreeMap<>(tags)), note, createdBy, createdAt,
                lastUsedAt, enrollments);
    }
}
