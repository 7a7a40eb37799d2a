/**
 * Who is calling and what they may do. The boundaries (the REST auth filter, the console's session
 * filter, message-driven beans) put a {@link dev.muster.platform.security.Caller} into the
 * request-scoped {@link dev.muster.platform.security.CallerContext}; {@code @Authorized} on a
 * boundary method states the least role it needs.
 *
 * <p>Decision: authorization is a CDI interceptor rather than {@code @RolesAllowed}, because the
 * same rule must hold for bearer tokens, API keys and console sessions, none of which is a container
 * principal (bearer tokens are checked by {@link dev.muster.platform.security.BearerTokens}, not by
 * the container's MP-JWT mechanism, which is not enabled).
 */
package dev.muster.platform.security;
