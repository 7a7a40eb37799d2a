package dev.muster.tokens.provisioning;

import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tokens.api.GrantStatus;
import dev.muster.tokens.api.ProvisioningKeyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A reusable key baked into a factory image: every device booting the image enrolls with it, up
 * to {@code deviceLimit}, until it expires. Stored as the keyed digest of the 256-bit key, plus a
 * short public prefix so admins can tell keys apart.
 *
 * <p>Invariant: {@code enrolled} never exceeds {@code deviceLimit}; slots are taken with one
 * conditional UPDATE, like enrollment code uses.
 */
@Entity
@Table(name = "provisioning_key")
public class ProvisioningKey extends TenantOwned {

    static final String MARKER = "mp_";

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "key_prefix", nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "key_digest", nullable = false, updatable = false, length = 64)
    private String digest;

    @Column(name = "device_limit", nullable = false, updatable = false)
    private int deviceLimit;

    @Column(name = "enrolled", nullable = false)
    private int enrolled;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "device_type", updatable = false, length = 40)
    private String deviceType;

    @Column(name = "group_name", updatable = false, length = 80)
    private String group;

    @Column(name = "created_by", nullable = false, updatable = false, length = 320)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ProvisioningKey() {
    }

    ProvisioningKey(String name, String prefix, String digest, int deviceLimit, Instant expiresAt, String deviceType,
                    String group, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.prefix = prefix;
        this.digest = digest;
        this.deviceLimit = deviceLimit;
        this.expiresAt = expiresAt;
        this.deviceType = deviceType;
        this.group = group;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String deviceType() { return deviceType; }
    public String group() { return group; }

    public GrantStatus status(Instant now) {
        if (revokedAt != null) {
            return GrantStatus.REVOKED;
        }
        if (enrolled >= deviceLimit) {
            return GrantStatus.USED_UP;
        }
        return expiresAt.isAfter(now) ? GrantStatus.ACTIVE : GrantStatus.EXPIRED;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    ProvisioningKeyView view(Instant now) {
        return new ProvisioningKeyView(id, name, MARKER + prefix + "…", status(now), deviceLimit, enrolled, expiresAt,
                revokedAt, deviceType, group, createdBy, createdAt, lastUsedAt);
    }
}
