package dev.muster.platform.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Signed, expiring tokens that travel in links the server sends out (an alert's acknowledge link):
 * compact JWS, HS256, signed and verified by Nimbus JOSE+JWT. Each {@code purpose} has its own
 * 256-bit key, derived from the server key ({@link SecretDigests#derive}, label
 * {@value #LABEL} + purpose), so a token made for one purpose never verifies for another, and none
 * verifies as an API token (those are RS256 under {@link SigningKeys}, and only RS256 is accepted
 * there). The header's {@code typ} is the purpose as well. A token proves only that this server
 * issued these claims for this purpose and when they expire; it authenticates no one.
 *
 * <p>Signing is deterministic (HMAC): the same claims and times give the same token, so a message
 * sent again carries the same link without the token being stored anywhere.
 */
@ApplicationScoped
public class LinkTokens {

    static final String LABEL = "muster link tokens v1 ";
    /** Longest token accepted for reading; a link's token is a few hundred characters. */
    static final int MAX_LENGTH = 2_000;

    @Inject
    SecretDigests serverKey;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private Function<String, byte[]> derivation;

    /** What a token says, once read. */
    public enum Outcome {
        /** Signed by this server for this purpose, and not expired. */
        VALID,
        /** Signed by this server for this purpose, but past its expiry. */
        EXPIRED,
        /** Anything else: malformed, cut short, altered, another purpose, another server, another algorithm. */
        INVALID
    }

    /**
     * A token read with {@link #read}. {@code claims} holds the token's own string claims (not the
     * registered ones) when the outcome is VALID or EXPIRED, and is empty when it is INVALID.
     */
    public record Reading(Outcome outcome, Map<String, String> claims, Instant expiresAt) {

        static final Reading INVALID = new Reading(Outcome.INVALID, Map.of(), null);
    }

    /** For tests and tools outside a container: tokens under a server key given as raw bytes. */
    public static LinkTokens withServerKey(byte[] material) {
        SecretDigests digests = SecretDigests.withKey(material);
        LinkTokens tokens = new LinkTokens();
        tokens.derivation = digests::derive;
        return tokens;
    }

    /**
     * A token for {@code purpose} with {@code claims} (string values), issued at {@code issuedAt},
     * valid until {@code expiresAt}, with {@code id} as its {@code jti}.
     */
    public String sign(String purpose, String id, Map<String, String> claims, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .audience(purpose)
                .jwtID(id)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType(purpose)).build(),
                builder.build());
        try {
            jwt.sign(new MACSigner(key(purpose)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a link token", e);
        }
        return jwt.serialize();
    }

    /**
     * Reads a token made by {@link #sign} for {@code purpose}, as of {@code now}. Only HS256 under this
     * purpose's key, with this purpose's {@code typ} and audience, is accepted; expiry is judged only
     * once the signature holds, so "expired" is never said of a forged token.
     */
    public Reading read(String purpose, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return Reading.INVALID;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || header.getType() == null
                    || !purpose.equals(header.getType().getType()) || !jwt.verify(new MACVerifier(key(purpose)))) {
                return Reading.INVALID;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !claims.getAudience().equals(List.of(purpose))) {
                return Reading.INVALID;
            }
            Map<String, String> own = new LinkedHashMap<>();
            for (Map.Entry<String, Object> claim : claims.getClaims().entrySet()) {
                if (!JWTClaimsSet.getRegisteredNames().contains(claim.getKey()) && claim.getValue() instanceof String value) {
                    own.put(claim.getKey(), value);
                }
            }
            Outcome outcome = now.isBefore(expires.toInstant()) ? Outcome.VALID : Outcome.EXPIRED;
            return new Reading(outcome, Map.copyOf(own), expires.toInstant());
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException e) {
            return Reading.INVALID;
        }
    }

    private byte[] key(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        return keys.computeIfAbsent(purpose, p -> derivation == null ? serverKey.derive(LABEL + p) : derivation.apply(LABEL + p));
    }
}
