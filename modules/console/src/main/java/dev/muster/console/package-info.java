/**
 * The admin web console: Jakarta Faces views on PrimeFaces and OmniFaces, served from this jar's
 * {@code META-INF/resources} inside the one WAR.
 *
 * <p>What it owns: console sign-in and the console session ({@link dev.muster.console.session}),
 * small Faces helpers ({@link dev.muster.console.faces}) and one backing bean per view
 * ({@link dev.muster.console.view} and sub-packages, mirroring the view URLs the way the
 * Jakarta EE "kickoff" application does: {@code /admin/tenants/list.xhtml} ↔
 * {@code view.admin.tenants.TenantsBacking}).
 *
 * <p>Decisions:
 * <ul>
 *   <li>The console holds no business rules. It calls the {@code api} interfaces of the tenants, devices,
 *       tokens and alerts modules and the platform's audit reader only; those enforce authorization, run the transaction and
 *       write the audit log, so the console never audits on its own (that would double entries).</li>
 *   <li>Refusals arrive as {@link dev.muster.platform.errors.MusterException} and are shown as Faces
 *       messages, attached to the offending input where the error names a field. Anything else is
 *       unexpected and goes to the generic error page, never a stack trace.</li>
 *   <li>Every state change ends with a redirect to a GET (post-redirect-get) and a flash message.</li>
 *   <li>Texts live in {@code dev/muster/console/messages.properties} ({@code #{msg}}); nothing a user
 *       typed is rendered with {@code escape="false"}.</li>
 * </ul>
 *
 * <p>Out of scope: REST authentication (the tenants module's filter), the error-page servlet and the
 * security headers (platform), the WAR's {@code web.xml} (app module).
 */
package dev.muster.console;
