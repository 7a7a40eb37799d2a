package dev.muster.platform.crypto;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.muster.platform.crypto.LinkTokens.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTokensTest {

    private static final String PURPOSE = "muster-test+jwt";
    private static final Instant ISSUED = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(72));

    private final byte[] serverKey = key(7);
    private final LinkTokens tokens = LinkTokens.withServerKey(serverKey);

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private String token() {
        return tokens.sign(PURPOSE, "d-1", Map.of("tenant", "t-1", "alert", "a-1"), ISSUED, EXPIRES);
    }

    @Test
    void aTokenReadsBackItsClaimsUntilItExpires() {
        LinkTokens.Reading reading = tokens.read(PURPOSE, token(), ISSUED.plus(Duration.ofHours(71)));
        assertThat(reading.outcome()).isEqualTo(Outcome.VALID);
        assertThat(reading.claims()).containsExactlyInAnyOrderEntriesOf(Map.of("tenant", "t-1", "alert", "a-1"));
        assertThat(reading.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void atItsExpiryItIsExpiredButStillNamesItsClaims() {
        LinkTokens.Reading reading = tokens.read(PURPOSE, token(), EXPIRES);
        assertThat(reading.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(reading.claims()).containsEntry("alert", "a-1");
    }

    @Test
    void signingIsDeterministicSoARetrySendsTheSameLink() {
        assertThat(token()).isEqualTo(token());
    }

    @Test
    void aTokenWhoseClaimsWereChangedIsInvalid() {
        String[] parts = token().split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"aud\":\"" + PURPOSE + "\",\"jti\":\"d-1\",\"tenant\":\"t-2\",\"alert\":\"a-1\",\"iat\":"
                        + ISSUED.getEpochSecond() + ",\"exp\":" + EXPIRES.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        String forged = parts[0] + "." + otherClaims + "." + parts[2];
        assertThat(tokens.read(PURPOSE, forged, ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, forged, ISSUED).claims()).isEmpty();
    }

    @Test
    void aTokenWithAChangedOrCutSignatureIsInvalid() {
        String token = token();
        char last = token.charAt(token.length() - 2);
        String flipped = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThat(tokens.read(PURPOSE, flipped, ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, token.substring(0, token.length() - 5), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, token.substring(0, token.lastIndexOf('.') + 1), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void anExpiredForgeryIsInvalidNotExpired() {
        String[] parts = token().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + tokens.sign(PURPOSE, "x", Map.of(), ISSUED, EXPIRES).split("\\.")[2];
        assertThat(tokens.read(PURPOSE, forged, EXPIRES.plusSeconds(1)).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void anotherServerKeyOrPurposeDoesNotVerify() {
        assertThat(LinkTokens.withServerKey(key(8)).read(PURPOSE, token(), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read("muster-other+jwt", token(), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void theServerKeyItselfIsNotTheSigningKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new com.nimbusds.jose.JOSEObjectType(PURPOSE)).build(), claims());
        jwt.sign(new MACSigner(serverKey));
        assertThat(tokens.read(PURPOSE, jwt.serialize(), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void unsignedAndRsaTokensAreInvalid() throws Exception {
        assertThat(tokens.read(PURPOSE, new PlainJWT(new PlainHeader(), claims()).serialize(), ISSUED).outcome())
                .isEqualTo(Outcome.INVALID);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new com.nimbusds.jose.JOSEObjectType(PURPOSE)).build(), claims());
        jwt.sign(new RSASSASigner(rsa.generateKeyPair().getPrivate()));
        assertThat(tokens.read(PURPOSE, jwt.serialize(), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void garbageIsInvalid() {
        assertThat(tokens.read(PURPOSE, null, ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, " ", ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, "not.a.token", ISSUED).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(tokens.read(PURPOSE, "x".repeat(LinkTokens.MAX_LENGTH + 1), ISSUED).outcome()).isEqualTo(Outcome.INVALID);
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().audience(PURPOSE).jwtID("d-1").claim("tenant", "t-1").claim("alert", "a-1")
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(EXPIRES)).build();
    }
}
