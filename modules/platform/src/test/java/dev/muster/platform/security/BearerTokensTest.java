package dev.muster.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.muster.platform.crypto.SigningKeys;
import dev.muster.platform.crypto.TestSigningKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    private final BearerTokens tokens = new BearerTokens();
    private SigningKeys keys;

    @BeforeEach
    void keys() {
        keys = TestSigningKeys.generatedIn(dir);
        tokens.keys = keys;
        tokens.issuer = "muster";
        tokens.maxEntries = 3;
        tokens.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        tokens.init();
    }

    private String token(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(keys.privateKey()));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("muster").subject("device-1").claim("upn", "cam-1")
                .claim("groups", List.of("DEVICE")).claim("kind", "device").claim("cg", 3L)
                .issueTime(Date.from(NOW.minusSeconds(10))).expirationTime(Date.from(NOW.plusSeconds(3600)));
    }

    @Test
    void acceptsItsOwnTokensAndShowsTheClaimsTheMicroProfileWay() throws Exception {
        String raw = token(valid());

        JsonWebToken jwt = tokens.verify(raw).orElseThrow();

        assertThat(jwt.getName()).isEqualTo("cam-1");
        assertThat(jwt.getSubject()).isEqualTo("device-1");
        assertThat(jwt.getGroups()).isEqualTo(Set.of("DEVICE"));
        assertThat(jwt.<Long>getClaim("cg")).isEqualTo(3L);
        assertThat(jwt.getExpirationTime()).isEqualTo(NOW.plusSeconds(3600).getEpochSecond());
        assertThat(jwt.getIssuedAtTime()).isEqualTo(NOW.minusSeconds(10).getEpochSecond());
        assertThat(jwt.getRawToken()).isEqualTo(raw);
        assertThat(tokens.cached()).isEqualTo(1);
        assertThat(tokens.verify(raw).orElseThrow().getSubject()).as("a second use comes from the cache").isEqualTo("device-1");
        assertThat(tokens.cached()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenShowsTheSameClaimsAsAFreshlyCheckedOne() throws Exception {
        String raw = token(valid().claim("tenant", "3f0c1a2e-5d7b-4c1e-9a0f-1b2c3d4e5f60"));
        JsonWebToken checked = tokens.verify(raw).orElseThrow();

        JsonWebToken remembered = tokens.verify(raw).orElseThrow();

        assertThat(remembered.getClaimNames()).isEqualTo(checked.getClaimNames());
        for (String claim : checked.getClaimNames()) {
            assertThat(remembered.<Object>getClaim(claim)).as(claim).isEqualTo(checked.getClaim(claim));
        }
    }

    @Test
    void aRememberedTokenWithAnotherSignatureOrClaimsIsCheckedAgain() throws Exception {
        String raw = token(valid());
        assertThat(tokens.verify(raw)).isPresent();
        String[] parts = raw.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"iss\":\"muster\",\"sub\":\"admin\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(parts[0] + "." + otherClaims + "." + parts[2])).as("claims swapped under a known signature").isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2] + "A")).as("signature changed").isEmpty();
        assertThat(tokens.verify(raw)).as("the original still passes").isPresent();
    }

    @Test
    void refusesForgedExpiredForeignAndMalformedTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        SignedJWT foreign = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), valid().build());
        foreign.sign(new RSASSASigner(other.getPrivate()));
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), valid().build());
        hmac.sign(new MACSigner(new byte[32]));
        String good = token(valid());
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + token(valid().subject("device-2")).split("\\.")[1] + "." + parts[2];

        assertThat(tokens.verify(foreign.serialize())).as("signed by another key").isEmpty();
        assertThat(tokens.verify(hmac.serialize())).as("another algorithm").isEmpty();
        assertThat(tokens.verify(tampered)).as("claims changed after signing").isEmpty();
        assertThat(tokens.verify(token(valid().expirationTime(Date.from(NOW.minusSeconds(1)))))).as("expired").isEmpty();
        assertThat(tokens.verify(token(valid().issuer("someone-else")))).as("another issuer").isEmpty();
        assertThat(tokens.verify(token(valid().notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5))))))).as("not yet").isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + ".")).as("signature removed").isEmpty();
    }

    @Test
    void aCachedTokenStillExpiresAndTheCacheStaysBounded() throws Exception {
        String raw = token(valid().expirationTime(Date.from(NOW.plusSeconds(30))));
        assertThat(tokens.verify(raw)).isPresent();

        tokens.clock = Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC);
        assertThat(tokens.verify(raw)).isEmpty();

        for (int i = 0; i < 10; i++) {
            assertThat(tokens.verify(token(valid().subject("device-" + i)))).isPresent();
        }
        assertThat(tokens.cached()).isLessThanOrEqualTo(3);
    }
}
