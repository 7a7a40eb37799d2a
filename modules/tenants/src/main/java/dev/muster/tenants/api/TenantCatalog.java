package dev.muster.tenants.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.List;
import java.util.UUID;

/** Platform administration of tenants, and the tenant lookups every module needs. */
public interface TenantCatalog {

    /** Validates {@code tenant} itself, whoever calls. */
    TenantView create(NewTenant tenant);

    Page<TenantView> list(String text, PageRequest page);

    TenantView get(UUID id);

    TenantView update(UUID id, TenantUpdate update, long expectedVersion);

    TenantView suspend(UUID id);

    TenantView activate(UUID id);

    /** Deletes a tenant with everything that belongs to it; the audit log keeps the record. */
    void delete(UUID id);

    /**
     * The tenant a device or an enrollment belongs to, for other modules' own checks (not an
     * authorization decision about the caller): refused with {@code TENANT_SUSPENDED} when the
     * tenant is suspended and {@code NOT_FOUND} when it no longer exists.
     */
    TenantView requireActive(UUID id);

    /**
     * The ids of all active tenants, for other modules' timers that work per tenant (not an
     * authorization decision about the caller).
     */
    List<UUID> activeIds();

    /** The tenants the calling user belongs to (all of them for a platform administrator). */
    List<TenantView> mine();
}
