/**
 * {@code /audit/list.xhtml}: the audit log, read-only and paged on the server. A tenant ADMIN (or
 * more) sees their tenant's entries; a platform administrator acting outside any tenant sees every
 * entry, platform-level ones included. {@code AuditTrail.find} does not authorize by itself, so the
 * backing bean applies {@link dev.muster.console.session.ConsoleAccess#mayReadAudit} on every read,
 * not only the page filter.
 *
 * <p>Dates are days in UTC, like the times shown: "from" includes its whole day, "to" includes its
 * whole day too (the query's upper bound is the start of the next day, exclusive).
 */
package dev.muster.console.view.audit;
