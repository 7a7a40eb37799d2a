/**
 * What other modules may use of the tenants module: the service interfaces
 * ({@link dev.muster.tenants.api.TenantCatalog}, {@link dev.muster.tenants.api.Accounts},
 * {@link dev.muster.tenants.api.Members}, {@link dev.muster.tenants.api.Invitations},
 * {@link dev.muster.tenants.api.ApiKeys}) and their records. Nothing else of the module is
 * visible outside it (checked by an ArchUnit test).
 */
package dev.muster.tenants.api;
