/**
 * Sign-in and users' API tokens. Tokens are RS256 JWTs signed by the platform's
 * {@link dev.muster.platform.crypto.TokenSigner} and verified by MicroProfile JWT;
 * {@link dev.muster.tenants.auth.UserTokenVerifier} turns a verified user token into the request's
 * caller and re-checks account, membership and tenant status on every request. Failed sign-ins are
 * throttled per account and per client address.
 */
package dev.muster.tenants.auth;
