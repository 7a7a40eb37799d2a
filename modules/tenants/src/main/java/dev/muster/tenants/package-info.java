/**
 * Tenants (organisations), user accounts and their roles per tenant, invitations, sign-in (console
 * session and API token), and API keys for machine-to-machine calls.
 *
 * <p>Other modules use only {@code dev.muster.tenants.api}. Features: {@code registry} (tenants),
 * {@code users} (accounts and memberships), {@code invitations}, {@code auth} (sign-in, users' tokens
 * and their verification), {@code apikeys}, {@code bootstrap} (first start).
 *
 * <p>Decisions: passwords are hashed with jBCrypt at cost 12 because they are low-entropy; API keys
 * and invitation tokens carry 256 random bits, so a SHA-256 digest is as safe and verifies in
 * microseconds. Users are global (one email, several tenants); everything else is tenant-owned.
 */
package dev.muster.tenants;
