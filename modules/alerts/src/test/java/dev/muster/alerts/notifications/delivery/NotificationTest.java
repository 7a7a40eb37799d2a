package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

    private static final UUID ALERT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    private final Notification offline = Notification.of(new AlertNotice(ALERT, TENANT, UUID.randomUUID(), "cam-lobby",
            "site-a", "DEVICE_OFFLINE", Severity.CRITICAL, AlertNotice.Change.OPENED, "No heartbeat for 5 min", 1,
            "automatically", Instant.parse("2026-11-24T04:00:00Z")));

    @Test
    void theSubjectAndTextCarryTheAlertsFacts() {
        assertThat(offline.subject()).isEqualTo("[Muster] CRITICAL DEVICE_OFFLINE opened: cam-lobby – No heartbeat for 5 min");
        assertThat(offline.text()).contains("Severity:    CRITICAL", "Device:      cam-lobby", "Group:       site-a",
                "Alert id:    " + ALERT);
    }

    @Test
    void theWebhookBodyCarriesTheDeliveryIdAsIdempotencyKey() {
        UUID delivery = UUID.randomUUID();
        JsonObject body = Json.createReader(new StringReader(offline.webhookJson(delivery))).readObject();
        assertThat(body.getString("id")).isEqualTo(delivery.toString());
        assertThat(body.getString("event")).isEqualTo("alert.opened");
        assertThat(body.getJsonObject("alert").getString("severity")).isEqualTo("CRITICAL");
        assertThat(body.getJsonObject("alert").getString("group")).isEqualTo("site-a");
    }

    @Test
    void slackTextEscapesWhatWouldStartALinkOrMention() {
        Notification sneaky = Notification.of(new AlertNotice(ALERT, TENANT, null, "<!channel>", null, "CUSTOM",
                Severity.MINOR, AlertNotice.Change.OPENED, "a & b <http://x|y>", 1, "ops", Instant.EPOCH));
        String text = Json.createReader(new StringReader(sneaky.slackJson())).readObject().getString("text");
        assertThat(text).isEqualTo("*MINOR* CUSTOM opened on *&lt;!channel&gt;*: a &amp; b &lt;http://x|y&gt;");
    }

    @Test
    void aTestSaysWhoSentIt() {
        Notification test = Notification.test(TENANT, "On-call", "ada@example.com", Instant.EPOCH);
        assertThat(test.subject()).isEqualTo("[Muster] Test notification");
        assertThat(test.text()).contains("\"On-call\"", "ada@example.com");
        assertThat(Json.createReader(new StringReader(test.webhookJson(UUID.randomUUID()))).readObject()
                .containsKey("alert")).isFalse();
    }

    @Test
    void aReminderAndAnEscalationSayHowLongTheAlertWentUnacknowledged() {
        Instant opened = Instant.parse("2026-11-24T04:00:00Z");
        Notification reminder = Notification.reminder(TENANT, ALERT, Severity.CRITICAL, "DEVICE_OFFLINE", null, "cam-lobby",
                "site-a", "No heartbeat", opened, false, opened.plusSeconds(30 * 60));
        assertThat(reminder.subject()).isEqualTo(
                "[Muster] Reminder: CRITICAL DEVICE_OFFLINE: cam-lobby – No heartbeat (unacknowledged for 30 min)");
        assertThat(reminder.webhookJson(UUID.randomUUID())).contains("\"event\":\"alert.reminder\"");
        Notification escalation = Notification.reminder(TENANT, ALERT, Severity.CRITICAL, "DEVICE_OFFLINE", null, "cam-lobby",
                "site-a", "No heartbeat", opened, true, opened.plusSeconds(60 * 60));
        assertThat(escalation.subject()).startsWith("[Muster] Escalated: CRITICAL DEVICE_OFFLINE");
        assertThat(escalation.text()).startsWith("Escalated, alert still unacknowledged: No heartbeat (unacknowledged for 60 min)");
        assertThat(Json.createReader(new StringReader(escalation.slackJson())).readObject().getString("text"))
                .isEqualTo("*Escalated*: *CRITICAL* DEVICE_OFFLINE on *cam-lobby* (group site-a): No heartbeat (unacknowledged for 60 min)");
    }
}
