package dev.muster.tenants.auth;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.ApiKeys;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.time.Instant;
import java.util.UUID;

/**
 * Establishes the {@link dev.muster.platform.security.Caller} of an API request before any resource
 * runs: from a bearer token already verified by MicroProfile JWT (signature, issuer, expiry), or from
 * an {@code X-Api-Key} header. The token's user, membership and tenant are re-checked against the
 * database on every request, so removing a member or suspending a tenant takes effect at once,
 * not when the token expires. A bearer token the JWT layer did not accept is refused with 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    @Inject
    CallerContext callers;

    @Inject
    Accounts accounts;

    @Inject
    ApiKeys apiKeys;

    @Override
    public void filter(ContainerRequestContext request) {
        String apiKey = request.getHeaderString(API_KEY_HEADER);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (apiKey != null) {
            callers.set(apiKeys.authenticate(apiKey.trim())
                    .orElseThrow(() -> new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The API key is not valid")));
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            String tenant = jwt.getClaim(TokenIssuer.TENANT_CLAIM);
            callers.set(accounts.callerFor(UUID.fromString(jwt.getSubject()), tenant == null ? null : UUID.fromString(tenant),
                    issuedAt(jwt)));
            return;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The token is not valid or has expired");
        }
    }

    private static Instant issuedAt(JsonWebToken jwt) {
        Object millis = jwt.getClaim(TokenIssuer.ISSUED_MILLIS_CLAIM);
        if (millis instanceof JsonNumber number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        if (millis instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return Instant.ofEpochSecond(jwt.getIssuedAtTime());
    }
}
