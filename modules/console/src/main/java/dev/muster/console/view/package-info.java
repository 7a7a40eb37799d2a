/**
 * Backing beans of the console's top-level views, one per page and named after it:
 * {@code /sign-in.xhtml} ↔ {@link dev.muster.console.view.SignInBacking}, {@code /index.xhtml} ↔
 * {@link dev.muster.console.view.DashboardBacking}, {@code /profile.xhtml} ↔
 * {@link dev.muster.console.view.ProfileBacking}, {@code /invitation.xhtml} ↔
 * {@link dev.muster.console.view.InvitationBacking}. Sub-packages mirror the URL folders.
 *
 * <p>Request-scoped beans serve plain forms that redirect after every save; view-scoped beans serve
 * pages with ajax (paged tables, dialogs). The invitation token travels in the URL fragment, which
 * browsers never send, so it reaches the server only in a POST body: not in access logs, proxies or
 * {@code Referer} headers.
 */
package dev.muster.console.view;
