package dev.muster.platform.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs bearer tokens: RS256 JWTs in the MicroProfile JWT format ({@code upn}, {@code groups}) that
 * the server's MicroProfile JWT layer verifies. Every token names its {@link #KIND_CLAIM kind}
 * (a user's or a device's), which decides who turns it into a caller; see
 * {@link dev.muster.platform.security.BearerTokenVerifier}. Signing is done by Nimbus JOSE+JWT.
 */
@ApplicationScoped
public class TokenSigner {

    public static final String KIND_CLAIM = "kind";
    public static final String TENANT_CLAIM = "tenant";
    /** The issue time in milliseconds ({@code iat} has whole seconds). */
    public static final String ISSUED_MILLIS_CLAIM = "iat_ms";

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "muster")
    String issuer;

    /**
     * A token for {@code subject}, valid for {@code lifetime} from now.
     *
     * @param claims further claims; {@link #TENANT_CLAIM} is added when {@code tenant} is not null
     */
    public IssuedToken sign(String kind, UUID subject, String upn, List<String> groups, UUID tenant,
                            Map<String, Object> claims, Duration lifetime) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject.toString())
                .claim("upn", upn)
                .claim("groups", groups)
                .claim(KIND_CLAIM, kind)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .claim(ISSUED_MILLIS_CLAIM, now.toEpochMilli())
                .expirationTime(Date.from(expires));
        if (tenant != null) {
            builder.claim(TENANT_CLAIM, tenant.toString());
        }
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                builder.build());
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
