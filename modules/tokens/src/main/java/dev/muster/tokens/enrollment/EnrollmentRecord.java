package dev.muster.tokens.enrollment;

import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tokens.api.EnrollmentUse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** That a device enrolled with a code or key: what the code and key lists show as "used by". */
@Entity
@Table(name = "enrollment_record")
public class EnrollmentRecord extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    private UUID grantId;

    @Column(name = "device_id", nullable = false, updatable = false)
    private UUID deviceId;

    @Column(name = "device_key", nullable = false, updatable = false, length = 128)
    private String deviceKey;

    @Column(name = "replaced", nullable = false, updatable = false)
    private boolean replaced;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    protected EnrollmentRecord() {
    }

    EnrollmentRecord(UUID tenant, UUID grantId, UUID deviceId, String deviceKey, boolean replaced, String clientAddress, Instant now) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.grantId = grantId;
        this.deviceId = deviceId;
        this.deviceKey = deviceKey;
        this.replaced = replaced;
        this.clientAddress = clientAddress;
        this.enrolledAt = now;
    }

    public UUID grantId() {
        return grantId;
    }

    public EnrollmentUse use() {
        return new EnrollmentUse(deviceId, deviceKey, replaced, clientAddress, enrolledAt);
    }
}
