package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MessageLinksTest {

    private static final String ACK_URL = "https://muster.example.com/alerts/acknowledge.xhtml#eyJ0.eyJh.c2ln";
    private static final Instant EXPIRES = Instant.parse("2026-11-27T04:00:00Z");
    private static final UUID DELIVERY = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private final Notification offline = Notification.of(new AlertNotice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "cam-lobby", "site-a", "DEVICE_OFFLINE", Severity.CRITICAL, AlertNotice.Change.OPENED, "No heartbeat", 1,
            "automatically", Instant.parse("2026-11-24T04:00:00Z")));
    private final MessageLinks acknowledge = new MessageLinks(MessageLinks.Kind.ACKNOWLEDGE, ACK_URL, EXPIRES);

    @Test
    void theMailEndsWithTheAcknowledgeLinkAndItsExpiry() {
        String text = acknowledge.mailText(offline.text());
        assertThat(text).startsWith(offline.text())
                .endsWith("\nAcknowledge: " + ACK_URL + "\n(Sign in to confirm. The link works until 2026-11-27T04:00:00Z.)\n");
    }

    @Test
    void slackGetsAMrkdwnLinkAfterTheText() {
        JsonObject body = read(acknowledge.slackJson(offline.slackJson()));
        assertThat(body.getString("text")).startsWith("*CRITICAL* DEVICE_OFFLINE opened").endsWith("\n<" + ACK_URL + "|Acknowledge>");
    }

    @Test
    void aWebhookGetsTheUrlInTheAlertAndTheSameBytesEveryTime() {
        String once = acknowledge.webhookJson(offline.webhookJson(DELIVERY));
        assertThat(read(once).getJsonObject("alert").getString("acknowledgeUrl")).isEqualTo(ACK_URL);
        assertThat(read(once).getString("id")).isEqualTo(DELIVERY.toString());
        assertThat(acknowledge.webhookJson(offline.webhookJson(DELIVERY))).isEqualTo(once);
    }

    @Test
    void aDigestLinksToTheInbox() {
        Notification digest = Notification.digest(UUID.randomUUID(), Severity.MAJOR, "DEVICE_OFFLINE",
                new Notification.Digest("OPENED", 12, Map.of("site-a", 12)), Instant.EPOCH);
        MessageLinks inbox = new MessageLinks(MessageLinks.Kind.INBOX, "https://muster.example.com/alerts/index.xhtml", null);
        assertThat(inbox.mailText(digest.text())).endsWith("\nOpen the alerts: https://muster.example.com/alerts/index.xhtml\n");
        assertThat(read(inbox.webhookJson(digest.webhookJson(DELIVERY))).getJsonObject("digest").getString("inboxUrl"))
                .isEqualTo("https://muster.example.com/alerts/index.xhtml");
        assertThat(read(inbox.slackJson(digest.slackJson())).getString("text")).endsWith("|Open the alerts>");
    }

    @Test
    void onlyNoticesThatAskForActionCarryAnAcknowledgeLink() {
        assertThat(Notification.invitesAcknowledgement("OPENED")).isTrue();
        assertThat(Notification.invitesAcknowledgement("REOPENED")).isTrue();
        assertThat(Notification.invitesAcknowledgement(Notification.REMINDER)).isTrue();
        assertThat(Notification.invitesAcknowledgement(Notification.ESCALATED)).isTrue();
        assertThat(Notification.invitesAcknowledgement("ACKNOWLEDGED")).isFalse();
        assertThat(Notification.invitesAcknowledgement("RESOLVED")).isFalse();
        assertThat(Notification.invitesAcknowledgement(Notification.DIGEST)).isFalse();
        assertThat(Notification.invitesAcknowledgement(Notification.TEST)).isFalse();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
