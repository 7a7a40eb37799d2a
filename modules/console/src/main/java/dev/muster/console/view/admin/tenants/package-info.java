/**
 * {@code /admin/tenants/list.xhtml}: platform administration of tenants (create, filter, suspend,
 * activate, delete). Only platform administrators reach the page (see
 * {@link dev.muster.console.session.ConsoleAccess}); {@code TenantCatalog} checks it again.
 *
 * <p>Deleting the tenant the administrator is acting in moves their console session outside any
 * tenant first; otherwise the next request's membership check would find no tenant and end the
 * session.
 */
package dev.muster.console.view.admin.tenants;
