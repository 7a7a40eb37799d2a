package dev.muster.tokens.grants;

import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tokens.api.GrantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * What enrollment codes and provisioning keys have in common: a number of uses, an expiry, a
 * revocation, who made it and when it was last used. Their status derives from these alone.
 *
 * <p>Invariant: {@code uses} never exceeds {@code maxUses}; uses are taken only by
 * {@link Grants#take}, one conditional UPDATE, and the database checks the bound too.
 */
@MappedSuperclass
public abstract class EnrollmentGrant extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "max_uses", nullable = false, updatable = false)
    private int maxUses;

    @Column(name = "uses", nullable = false)
    private int uses;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 320)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected EnrollmentGrant() {
    }

    protected EnrollmentGrant(int maxUses, Instant expiresAt, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.maxUses = maxUses;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    protected int maxUses() { return maxUses; }
    protected int uses() { return uses; }
    protected Instant expiresAt() { return expiresAt; }
    protected Instant revokedAt() { return revokedAt; }
    protected String createdBy() { return createdBy; }
    protected Instant createdAt() { return createdAt; }
    protected Instant lastUsedAt() { return lastUsedAt; }

    public GrantStatus status(Instant now) {
        if (revokedAt != null) {
            return GrantStatus.REVOKED;
        }
        if (uses >= maxUses) {
            return GrantStatus.USED_UP;
        }
        return expiresAt.isAfter(now) ? GrantStatus.ACTIVE : GrantStatus.EXPIRED;
    }

    /** Whether this call revoked it (false if it already was). */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        this.revokedAt = now;
        return true;
    }
}
