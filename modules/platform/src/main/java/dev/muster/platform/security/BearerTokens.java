package dev.muster.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.muster.platform.crypto.SigningKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the API's bearer tokens: RS256 JWTs signed with the server's key ({@link SigningKeys}),
 * from the configured issuer, within their lifetime. Verification is done by Nimbus JOSE+JWT, the
 * library that signs them.
 * <p>
 * An RSA signature check costs about 0.1–0.3 ms of CPU on a small server, more than everything else a
 * heartbeat does, and a device presents the same token every minute for a day. So a token whose
 * signature was checked is remembered, by the SHA-256 of the whole token (its first 128 bits) with
 * its expiry, until it expires: the next request with the very same token is hashed and only its
 * claims are decoded, the signature is not checked again. That is about 50 bytes a token; at most
 * {@code muster.token-cache.entries} (500,000) are kept, and the cache starts over when full. What can
 * change while a token is valid (account, membership, device credentials, tenant status) is not cached
 * here: the {@link BearerTokenVerifier}s check it on every request.
 */
@ApplicationScoped
public class BearerTokens {

    /** Leeway for the clocks of the nodes of one installation when checking {@code iat} and {@code nbf}. */
    static final Duration LEEWAY = Duration.ofSeconds(60);

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "muster")
    String issuer;

    @Inject
    @ConfigProperty(name = "muster.token-cache.entries", defaultValue = "500000")
    int maxEntries;

    /** Tokens whose signature was checked: the first 128 bits of their SHA-256, and when they expire (epoch ms). */
    private final Map<Digest, Long> verified = new ConcurrentHashMap<>();
    private RSASSAVerifier verifier;

    private record Digest(long high, long low) {
    }

    @PostConstruct
    void init() {
        verifier = new RSASSAVerifier(keys.publicKey());
    }

    /** The token's claims if it is one of ours and valid now; empty otherwise. */
    public Optional<JsonWebToken> verify(String token) {
        Instant now = clock.instant();
        Digest key = digest(token);
        Long expires = verified.get(key);
        if (expires != null && now.toEpochMilli() >= expires) {
            verified.remove(key);
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = expires == null ? checkSignature(token) : claimsOfChecked(token);
            if (claims == null || !valid(claims, now)) {
                return Optional.empty();
            }
            if (expires == null) {
                if (verified.size() >= maxEntries) {
                    verified.clear();
                }
                verified.put(key, claims.getExpirationTime().getTime());
            }
            return Optional.of(new VerifiedToken(token, claims));
        } catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The claims of a token that is new to this node, or null when its algorithm or signature is wrong. */
    private JWTClaimsSet checkSignature(String token) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        return JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier) ? jwt.getJWTClaimsSet() : null;
    }

    /**
     * The claims of a token whose signature this node checked already (the digest matched the whole
     * token: header, claims and signature). Only the claims segment is decoded, with the JDK's decoder:
     * Nimbus decodes every segment in constant time, which is meant for secrets and cost a fifth of a
     * heartbeat's CPU, while these claims are no secret to the token's holder.
     */
    private static JWTClaimsSet claimsOfChecked(String token) throws ParseException {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            throw new ParseException("not a signed JWT", 0);
        }
        byte[] json = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
        return JWTClaimsSet.parse(new String(json, StandardCharsets.UTF_8));
    }

    private boolean valid(JWTClaimsSet claims, Instant now) {
        Date expires = claims.getExpirationTime();
        return issuer.equals(claims.getIssuer()) && claims.getSubject() != null && expires != null
                && now.isBefore(expires.toInstant()) && !after(claims.getIssueTime(), now) && !after(claims.getNotBeforeTime(), now);
    }

    /** How many verified tokens this node remembers. */
    int cached() {
        return verified.size();
    }

    private static boolean after(Date date, Instant now) {
        return date != null && date.toInstant().isAfter(now.plus(LEEWAY));
    }

    private static Digest digest(String token) {
        try {
            ByteBuffer hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
            return new Digest(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
