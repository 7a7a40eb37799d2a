package dev.muster.tenants.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.muster.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues short-lived API tokens: RS256 JWTs in the MicroProfile JWT format ({@code upn},
 * {@code groups}) plus Muster's {@code tenant} claim. Signing is done by Nimbus JOSE+JWT;
 * verification by the server's MicroProfile JWT implementation.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String TENANT_CLAIM = "tenant";
    /** The issue time in milliseconds ({@code iat} has whole seconds): compared with password changes. */
    public static final String ISSUED_MILLIS_CLAIM = "iat_ms";

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "muster")
    String issuer;

    @Inject
    @ConfigProperty(name = "muster.jwt.lifetime-minutes", defaultValue = "15")
    int lifetimeMinutes;

    public IssuedToken issue(Caller caller) {
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
        List<String> groups = new ArrayList<>();
        if (caller.role() != null) {
            groups.add(caller.role().name());
        }
        if (caller.platformAdmin()) {
            groups.add("PLATFORM_ADMIN");
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(caller.id().toString())
                .claim("upn", caller.name())
                .claim("groups", groups)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .claim(ISSUED_MILLIS_CLAIM, now.toEpochMilli())
                .expirationTime(Date.from(expires));
        if (caller.tenantId() != null) {
            claims.claim(TENANT_CLAIM, caller.tenantId().toString());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expires);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
