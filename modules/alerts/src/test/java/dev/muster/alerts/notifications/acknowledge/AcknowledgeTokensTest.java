package dev.muster.alerts.notifications.acknowledge;

import dev.muster.alerts.api.AcknowledgeLink;
import dev.muster.platform.crypto.LinkTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgeTokensTest {

    private static final Instant SENT = Instant.parse("2026-11-24T08:00:00Z");
    private static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID ALERT = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID OTHER_ALERT = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    private static final UUID DELIVERY = UUID.fromString("00000000-0000-4000-8000-0000000000d1");

    private final LinkTokens linkTokens = LinkTokens.withServerKey(key(3));

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private AcknowledgeTokens at(Instant now) {
        return new AcknowledgeTokens(linkTokens, Clock.fixed(now, ZoneOffset.UTC), "https://muster.example.com/", 72);
    }

    @Test
    void aLinkNamesItsTenantAndAlertForSeventyTwoHours() {
        String token = at(SENT).issue(TENANT, ALERT, DELIVERY, SENT);
        AcknowledgeLink link = at(SENT.plus(Duration.ofHours(71))).read(token);
        assertThat(link.status()).isEqualTo(AcknowledgeLink.Status.VALID);
        assertThat(link.tenantId()).isEqualTo(TENANT);
        assertThat(link.alertId()).isEqualTo(ALERT);
        assertThat(link.expiresAt()).isEqualTo(SENT.plus(Duration.ofHours(72)));
    }

    @Test
    void afterItsLifetimeTheLinkHasExpired() {
        String token = at(SENT).issue(TENANT, ALERT, DELIVERY, SENT);
        assertThat(at(SENT.plus(Duration.ofHours(72))).read(token).status()).isEqualTo(AcknowledgeLink.Status.EXPIRED);
    }

    @Test
    void theLinkPutsTheTokenInTheFragmentOfThePublicUrl() {
        AcknowledgeTokens tokens = at(SENT);
        String token = tokens.issue(TENANT, ALERT, DELIVERY, SENT);
        assertThat(tokens.url(token)).isEqualTo("https://muster.example.com/alerts/acknowledge.xhtml#" + token);
        assertThat(token).matches("[A-Za-z0-9_.-]+");
        assertThat(tokens.inboxUrl()).isEqualTo("https://muster.example.com/alerts/index.xhtml");
    }

    @Test
    void aRetryOfTheSameDeliveryCarriesTheSameLinkAndAnotherDeliveryAnother() {
        AcknowledgeTokens tokens = at(SENT);
        assertThat(tokens.issue(TENANT, ALERT, DELIVERY, SENT)).isEqualTo(at(SENT.plusSeconds(600)).issue(TENANT, ALERT, DELIVERY, SENT));
        assertThat(tokens.issue(TENANT, ALERT, UUID.randomUUID(), SENT.plusSeconds(1800)))
                .isNotEqualTo(tokens.issue(TENANT, ALERT, DELIVERY, SENT));
    }

    @Test
    void aLinkEditedToNameAnotherTenantOrAlertIsInvalid() {
        String token = at(SENT).issue(TENANT, ALERT, DELIVERY, SENT);
        assertThat(at(SENT).read(withClaim(token, TENANT.toString(), OTHER_TENANT.toString()))).isEqualTo(AcknowledgeLink.INVALID);
        assertThat(at(SENT).read(withClaim(token, ALERT.toString(), OTHER_ALERT.toString()))).isEqualTo(AcknowledgeLink.INVALID);
    }

    @Test
    void aLinkFromAnotherServerOrForAnotherPurposeIsInvalid() {
        String theirs = new AcknowledgeTokens(LinkTokens.withServerKey(key(4)), Clock.fixed(SENT, ZoneOffset.UTC),
                "https://muster.example.com", 72).issue(TENANT, ALERT, DELIVERY, SENT);
        assertThat(at(SENT).read(theirs)).isEqualTo(AcknowledgeLink.INVALID);
        String otherPurpose = linkTokens.sign("muster-other+jwt", DELIVERY.toString(),
                Map.of("tenant", TENANT.toString(), "alert", ALERT.toString()), SENT, SENT.plusSeconds(60));
        assertThat(at(SENT).read(otherPurpose)).isEqualTo(AcknowledgeLink.INVALID);
    }

    @Test
    void aGenuineTokenWithoutIdsIsInvalid() {
        String noIds = linkTokens.sign(AcknowledgeTokens.PURPOSE, DELIVERY.toString(), Map.of("tenant", "x"), SENT,
                SENT.plusSeconds(60));
        assertThat(at(SENT).read(noIds)).isEqualTo(AcknowledgeLink.INVALID);
        assertThat(at(SENT).read("")).isEqualTo(AcknowledgeLink.INVALID);
        assertThat(at(SENT).read(null)).isEqualTo(AcknowledgeLink.INVALID);
    }

    /** The token with one claim value replaced and the original signature kept. */
    private static String withClaim(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains(from);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + edited + "." + parts[2];
    }
}
