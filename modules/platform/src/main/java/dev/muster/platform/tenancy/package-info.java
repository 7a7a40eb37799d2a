/**
 * Tenant isolation in one place: {@link dev.muster.platform.tenancy.TenantOwned} entities carry
 * Hibernate's {@code @TenantId}, resolved per session by
 * {@link dev.muster.platform.tenancy.TenantScopeResolver} from the request's
 * {@link dev.muster.platform.tenancy.TenantScope}. Missing context fails closed.
 */
package dev.muster.platform.tenancy;
