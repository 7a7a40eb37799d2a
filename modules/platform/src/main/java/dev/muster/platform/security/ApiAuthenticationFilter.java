package dev.muster.platform.security;

import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;


/**
 * Establishes the {@link Caller} of an API request before any resource runs: from a bearer token
 * verified by {@link BearerTokens} (signature, issuer, lifetime) and handed to the
 * {@link BearerTokenVerifier} of its kind, or from an {@code X-Api-Key} header. A bearer token that
 * is not valid, or of a kind nobody verifies, is refused with 401. Tokens without a kind claim are
 * users' tokens.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";
    static final String USER_KIND = "user";
    private static final String BEARER = "Bearer ";

    @Inject
    CallerContext callers;

    @Inject
    Instance<ApiKeyVerifier> apiKeys;

    @Inject
    Instance<BearerTokenVerifier> verifiers;

    @Inject
    BearerTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String apiKey = request.getHeaderString(API_KEY_HEADER);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (apiKey != null) {
            callers.set(apiKeys.get().verify(apiKey.trim())
                    .orElseThrow(() -> new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The API key is not valid")));
            return;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        JsonWebToken jwt = tokens.verify(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The token is not valid or has expired"));
        String kind = jwt.getClaim(TokenSigner.KIND_CLAIM);
        String wanted = kind == null ? USER_KIND : kind;
        BearerTokenVerifier verifier = verifiers.stream().filter(v -> v.kind().equals(wanted)).findFirst()
                .orElseThrow(() -> new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The token is not valid or has expired"));
        callers.set(verifier.verify(jwt));
    }
}
