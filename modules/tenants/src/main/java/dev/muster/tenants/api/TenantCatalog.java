package dev.muster.tenants.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/** Platform administration of tenants, and the tenant lookups every module needs. */
public interface TenantCatalog {

    TenantView create(@NotNull @Valid NewTenant tenant);

    Page<TenantView> list(String text, PageRequest page);

    TenantView get(UUID id);

    TenantView update(UUID id, @NotNull @Valid TenantUpdate update, long expectedVersion);

    TenantView suspend(UUID id);

    TenantView activate(UUID id);

    /** Deletes a tenant with everything that belongs to it; the audit log keeps the record. */
    void delete(UUID id);

    /** The tenants the calling user belongs to (all of them for a platform administrator). */
    List<TenantView> mine();
}
