package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What a notification says, whatever the channel: an alert's change, or the test a channel's admin
 * asked for. Rendered once, when it is queued, into a subject and a text (mail, Slack) and a JSON
 * payload (webhooks); every retry sends exactly that.
 *
 * @param event the alert change's name, or {@value #TEST}
 */
public record Notification(UUID tenantId, UUID alertId, String event, Severity severity, String type, UUID deviceId,
                           String deviceName, String group, String message, int occurrences, String actor,
                           Instant at) {

    public static final String TEST = "TEST";

    public static Notification of(AlertNotice notice) {
        return new Notification(notice.tenantId(), notice.alertId(), notice.change().name(), notice.severity(),
                notice.type(), notice.deviceId(), notice.deviceName(), notice.group(), notice.message(),
                notice.occurrences(), notice.actor(), notice.at());
    }

    public static Notification test(UUID tenantId, String channelName, String actor, Instant at) {
        return new Notification(tenantId, null, TEST, null, null, null, null, null,
                "Test notification for channel \"" + channelName + "\", sent by " + actor, 0, actor, at);
    }

    boolean isTest() {
        return TEST.equals(event);
    }

    /** {@code [Muster] CRITICAL DEVICE_OFFLINE opened: cam-lobby – Device offline for 5 minutes}. */
    public String subject() {
        if (isTest()) {
            return "[Muster] Test notification";
        }
        String subject = "[Muster] " + severity + " " + type + " " + event.toLowerCase(Locale.ROOT)
                + (deviceName == null ? "" : ": " + deviceName) + " – " + message;
        return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }

    /** The plain text of a mail: one fact a line. */
    public String text() {
        if (isTest()) {
            return message + " at " + at + ".\n\nIf you can read this, the channel works.\n";
        }
        StringBuilder text = new StringBuilder()
                .append("Alert ").append(event.toLowerCase(Locale.ROOT)).append(": ").append(message).append("\n\n")
                .append("Severity:    ").append(severity).append('\n')
                .append("Type:        ").append(type).append('\n');
        if (deviceName != null || deviceId != null) {
            text.append("Device:      ").append(deviceName == null ? deviceId : deviceName).append('\n');
        }
        if (group != null) {
            text.append("Group:       ").append(group).append('\n');
        }
        text.append("Occurrences: ").append(occurrences).append('\n')
                .append("By:          ").append(actor).append('\n')
                .append("At:          ").append(at).append('\n')
                .append("Alert id:    ").append(alertId).append('\n');
        return text.toString();
    }

    /**
     * Slack's incoming-webhook JSON: {@code {"text": …}} in Slack's mrkdwn, where {@code & < >}
     * must be escaped (they start links and mentions).
     */
    public String slackJson() {
        String line = isTest() ? slack(message)
                : "*" + severity + "* " + slack(type) + " " + event.toLowerCase(Locale.ROOT)
                + (deviceName == null ? "" : " on *" + slack(deviceName) + "*")
                + (group == null ? "" : " (group " + slack(group) + ")") + ": " + slack(message);
        return Json.createObjectBuilder().add("text", line).build().toString();
    }

    /** The webhook body; {@code id} is the delivery's id, the idempotency key. */
    public String webhookJson(UUID deliveryId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", deliveryId.toString())
                .add("event", isTest() ? "test" : "alert." + event.toLowerCase(Locale.ROOT))
                .add("tenantId", tenantId.toString())
                .add("at", at.toString())
                .add("text", message);
        if (!isTest()) {
            JsonObjectBuilder alert = Json.createObjectBuilder()
                    .add("id", alertId.toString())
                    .add("type", type)
                    .add("severity", severity.name())
                    .add("message", message)
                    .add("occurrences", occurrences)
                    .add("actor", actor);
            if (deviceId != null) {
                alert.add("deviceId", deviceId.toString());
            }
            if (deviceName != null) {
                alert.add("deviceName", deviceName);
            }
            if (group != null) {
                alert.add("group", group);
            }
            body.add("alert", alert);
        }
        return body.build().toString();
    }

    private static String slack(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
