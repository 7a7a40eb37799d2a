/**
 * Sign-in and API authentication. Tokens are RS256 JWTs signed here (Nimbus JOSE+JWT) and verified
 * by MicroProfile JWT; {@link dev.muster.tenants.auth.ApiAuthenticationFilter} turns a verified
 * token or an API key into the request's caller and re-checks membership and tenant status on
 * every request. Failed sign-ins are throttled per account and per client address.
 */
package dev.muster.tenants.auth;
