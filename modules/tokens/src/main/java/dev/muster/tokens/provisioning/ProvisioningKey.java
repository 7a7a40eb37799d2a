package dev.muster.tokens.provisioning;

import dev.muster.tokens.api.ProvisioningKeyView;
import dev.muster.tokens.grants.EnrollmentGrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A reusable key baked into a factory image: every device booting the image enrolls with it, up
 * to {@code deviceLimit}, until it expires. Stored as the keyed digest of the 256-bit key, plus a
 * short public prefix so admins can tell keys apart.
 *
 * <p>Its uses are the devices enrolled with it, its maximum the device limit.
 */
@Entity
@Table(name = "provisioning_key")
public class ProvisioningKey extends EnrollmentGrant {

    static final String MARKER = "mp_";

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "key_prefix", nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "key_digest", nullable = false, updatable = false, length = 64)
    private String digest;

    @Column(name = "device_type", updatable = false, length = 40)
    private String deviceType;

    @Column(name = "group_name", updatable = false, length = 80)
    private String group;

    protected ProvisioningKey() {
    }

    ProvisioningKey(String name, String prefix, String digest, int deviceLimit, Instant expiresAt, String deviceType,
                    String group, String createdBy, Instant now) {
        super(deviceLimit, expiresAt, createdBy, now);
        this.name = name;
        this.prefix = prefix;
        this.digest = digest;
        this.deviceType = deviceType;
        this.group = group;
    }

    public String name() { return name; }
    public String deviceType() { return deviceType; }
    public String group() { return group; }

    ProvisioningKeyView view(Instant now) {
        return new ProvisioningKeyView(id(), name, MARKER + prefix + "…", status(now), maxUses(), uses(), expiresAt(),
                revokedAt(), deviceType, group, createdBy(), createdAt(), lastUsedAt());
    }
}
