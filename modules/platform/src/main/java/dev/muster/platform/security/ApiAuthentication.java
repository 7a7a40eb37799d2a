package dev.muster.platform.security;

import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Establishes the {@link Caller} of an API request from its credentials: a bearer token verified by
 * {@link BearerTokens} (signature, issuer, lifetime) and handed to the {@link BearerTokenVerifier} of
 * its kind, or an {@code X-Api-Key} header. A bearer token that is not valid, or of a kind nobody
 * verifies, is refused with 401. Tokens without a kind claim are users' tokens. Used by every way
 * into the API: the JAX-RS filter and the servlet of the heartbeat.
 */
@ApplicationScoped
public class ApiAuthentication {

    public static final String API_KEY_HEADER = "X-Api-Key";
    static final String USER_KIND = "user";
    private static final String BEARER = "Bearer ";

    @Inject
    Instance<ApiKeyVerifier> apiKeys;

    @Inject
    Instance<BearerTokenVerifier> verifiers;

    @Inject
    BearerTokens tokens;

    /** The verifiers by kind, resolved once rather than per request. */
    private Map<String, BearerTokenVerifier> byKind;

    @PostConstruct
    void resolveVerifiers() {
        byKind = verifiers.stream().collect(Collectors.toUnmodifiableMap(BearerTokenVerifier::kind, Function.identity()));
    }

    /**
     * The caller the request's {@code X-Api-Key} or {@code Authorization} header stands for; empty for a
     * request with neither (an anonymous one). Throws a 401 {@link MusterException} for credentials that
     * are not valid.
     */
    public Optional<Caller> authenticate(String apiKey, String authorization) {
        if (apiKey != null) {
            return Optional.of(apiKeys.get().verify(apiKey.trim())
                    .orElseThrow(() -> new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The API key is not valid")));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        JsonWebToken jwt = tokens.verify(authorization.substring(BEARER.length()).strip())
                .orElseThrow(ApiAuthentication::notValid);
        String kind = jwt.getClaim(TokenSigner.KIND_CLAIM);
        BearerTokenVerifier verifier = byKind.get(kind == null ? USER_KIND : kind);
        if (verifier == null) {
            throw notValid();
        }
        return Optional.of(verifier.verify(jwt));
    }

    private static MusterException notValid() {
        return new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The token is not valid or has expired");
    }
}
