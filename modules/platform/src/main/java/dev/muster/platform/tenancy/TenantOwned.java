package dev.muster.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * Base of every entity that belongs to one tenant. Hibernate fills {@code tenant_id} on insert and
 * adds it to every query from the current {@link TenantScope}, so a query cannot forget it: another
 * tenant's row is simply not found (and answers 404, not 403).
 */
@MappedSuperclass
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    public UUID tenantId() {
        return tenantId;
    }

    /** Only inside {@link AcrossTenants} operations, where Hibernate cannot know the tenant. */
    protected void assignTenant(UUID tenant) {
        this.tenantId = tenant;
    }
}
