/**
 * Console sign-in state and the gate in front of every console page.
 *
 * <ul>
 *   <li>{@link dev.muster.console.session.ConsoleSession} keeps only two ids: the signed-in user and
 *       the tenant they act in. Nothing else is trusted from the session: on every request
 *       {@link dev.muster.console.session.ConsoleAccessFilter} asks {@code Accounts.callerFor} again,
 *       so a disabled account, a removed membership or a suspended tenant takes effect at the next
 *       click rather than at session expiry.</li>
 *   <li>{@link dev.muster.console.session.ConsoleAccess} is the one table of which page needs what
 *       (platform admin, tenant role). The filter enforces it and the layout's navigation reads it,
 *       so a link is shown exactly when its page would open. A refused page answers 404, like a page
 *       that does not exist (403 shown as 404).</li>
 *   <li>{@link dev.muster.console.session.SafeRedirects} validates the {@code next} target after
 *       sign-in: only same-site paths, so the sign-in page cannot be used as an open redirect.</li>
 *   <li>Sign-out is a POST (a link could be triggered cross-site); sign-in changes the session id
 *       (session fixation).</li>
 * </ul>
 */
package dev.muster.console.session;
