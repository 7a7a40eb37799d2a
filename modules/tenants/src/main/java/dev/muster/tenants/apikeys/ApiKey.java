package dev.muster.tenants.apikeys;

import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tenants.api.ApiKeyScope;
import dev.muster.tenants.api.ApiKeyView;
import dev.muster.tenants.api.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's key for machine-to-machine calls. Stored as a public prefix (to find the row with an
 * index) and the SHA-256 digest of the 256-bit secret part. Invariant: a revoked key never becomes
 * valid again.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = Limits.NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 16)
    private ApiKeyScope scope;

    @Column(name = "key_prefix", nullable = false, unique = true, updatable = false, length = 16)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
    private String secretHash;

    @Column(name = "created_by", nullable = false, updatable = false, length = Limits.EMAIL)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, ApiKeyScope scope, String prefix, String secretHash, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.scope = scope;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    UUID id() { return id; }
    String name() { return name; }
    ApiKeyScope scope() { return scope; }
    String secretHash() { return secretHash; }
    Instant lastUsedAt() { return lastUsedAt; }
    boolean revoked() { return revokedAt != null; }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    ApiKeyView view() {
        return new ApiKeyView(id, name, scope, ApiKeyVault.KEY_MARKER + prefix, createdBy, createdAt, lastUsedAt, revokedAt);
    }
}
