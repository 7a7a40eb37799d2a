package dev.muster.platform.security;

import dev.muster.platform.crypto.TokenSigner;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;

/**
 * Turns a bearer token of one {@link #kind()} into the request's caller. The token's signature,
 * issuer and expiry are already checked ({@link BearerTokens}); a verifier re-checks what can change
 * during the token's lifetime (account, membership, device credentials, tenant status) against the
 * database, so a revocation takes effect with the next request, on every node.
 */
public interface BearerTokenVerifier {

    /** The {@link TokenSigner#KIND_CLAIM} value this verifier accepts. */
    String kind();

    /** The caller the token stands for; throws a {@link dev.muster.platform.errors.MusterException} to refuse it. */
    Caller verify(JsonWebToken token);

    /** When the token was issued, to the millisecond where the token says so. */
    static Instant issuedAt(JsonWebToken token) {
        Object millis = token.getClaim(TokenSigner.ISSUED_MILLIS_CLAIM);
        if (millis instanceof JsonNumber number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        if (millis instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return Instant.ofEpochSecond(token.getIssuedAtTime());
    }
}
