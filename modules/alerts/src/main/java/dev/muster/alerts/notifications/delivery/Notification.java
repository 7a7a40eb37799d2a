package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a notification says, whatever the channel: an alert's change, a reminder or escalation of an
 * alert left unacknowledged, a digest of an alert storm, or the test a channel's admin asked for.
 * Rendered once, when it is queued, into a subject and a text (mail, Slack) and a JSON payload
 * (webhooks); every retry sends exactly that, plus the link {@link MessageLinks} adds as it is sent
 * (a function of the delivery, so also the same every time).
 *
 * @param event  the alert change's name, or {@value #TEST}, {@value #DIGEST}, {@value #REMINDER},
 *               {@value #ESCALATED}
 * @param digest for a digest: how many alerts it stands for, by group; otherwise null
 */
public record Notification(UUID tenantId, UUID alertId, String event, Severity severity, String type, UUID deviceId,
                           String deviceName, String group, String message, int occurrences, String actor,
                           Instant at, Digest digest) {

    public static final String TEST = "TEST";
    public static final String DIGEST = "DIGEST";
    public static final String REMINDER = "REMINDER";
    public static final String ESCALATED = "ESCALATED";

    /**
     * Many alerts of one type and change, held during a storm.
     *
     * @param change  what happened to them all, e.g. {@code OPENED}
     * @param count   how many
     * @param byGroup how many per device group ({@code ""} for alerts without a group), largest first
     */
    public record Digest(String change, int count, Map<String, Integer> byGroup) {
    }

    public static Notification of(AlertNotice notice) {
        return new Notification(notice.tenantId(), notice.alertId(), notice.change().name(), notice.severity(),
                notice.type(), notice.deviceId(), notice.deviceName(), notice.group(), notice.message(),
                notice.occurrences(), notice.actor(), notice.at(), null);
    }

    public static Notification test(UUID tenantId, String channelName, String actor, Instant at) {
        return new Notification(tenantId, null, TEST, null, null, null, null, null,
                "Test notification for channel \"" + channelName + "\", sent by " + actor, 0, actor, at, null);
    }

    /** {@code 312 DEVICE_OFFLINE alerts opened in group site-a}, or in several groups with their counts. */
    public static Notification digest(UUID tenantId, Severity worst, String type, Digest digest, Instant at) {
        String where;
        if (digest.byGroup().size() == 1) {
            String only = digest.byGroup().keySet().iterator().next();
            where = only.isEmpty() ? "" : " in group " + only;
        } else {
            where = " in " + digest.byGroup().size() + " groups ("
                    + digest.byGroup().entrySet().stream().limit(10)
                    .map(e -> (e.getKey().isEmpty() ? "no group" : e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(", "))
                    + (digest.byGroup().size() > 10 ? ", …" : "") + ")";
        }
        String message = digest.count() + " " + type + " alerts " + digest.change().toLowerCase(Locale.ROOT) + where;
        return new Notification(tenantId, null, DIGEST, worst, type, null, null, null, message, digest.count(),
                "automatically", at, digest);
    }

    /** A reminder (or, with {@code escalated}, the escalation) of an alert still unacknowledged. */
    public static Notification reminder(UUID tenantId, UUID alertId, Severity severity, String type, UUID deviceId,
                                        String deviceName, String group, String message, Instant openedAt,
                                        boolean escalated, Instant at) {
        long minutes = Math.max(0, Duration.between(openedAt, at).toMinutes());
        return new Notification(tenantId, alertId, escalated ? ESCALATED : REMINDER, severity, type, deviceId, deviceName,
                group, message + " (unacknowledged for " + minutes + " min)", 0, "automatically", at, null);
    }

    /**
     * Whether a notification of {@code event} carries an acknowledge link: the alert is (most likely)
     * open and someone should act. Not the news that it was acknowledged or resolved, nor digests and
     * tests, which name no single alert.
     */
    public static boolean invitesAcknowledgement(String event) {
        return switch (event) {
            case "OPENED", "REPEATED", "REOPENED", REMINDER, ESCALATED -> true;
            default -> false;
        };
    }

    boolean isTest() {
        return TEST.equals(event);
    }

    /** {@code [Muster] CRITICAL DEVICE_OFFLINE opened: cam-lobby – Device offline for 5 minutes}. */
    public String subject() {
        String subject = switch (event) {
            case TEST -> "[Muster] Test notification";
            case DIGEST -> "[Muster] Alert storm: " + message;
            case REMINDER, ESCALATED -> "[Muster] " + (REMINDER.equals(event) ? "Reminder" : "Escalated") + ": "
                    + severity + " " + type + (deviceName == null ? "" : ": " + deviceName) + " – " + message;
            default -> "[Muster] " + severity + " " + type + " " + event.toLowerCase(Locale.ROOT)
                    + (deviceName == null ? "" : ": " + deviceName) + " – " + message;
        };
        return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }

    /** The plain text of a mail: one fact a line. */
    public String text() {
        if (isTest()) {
            return message + " at " + at + ".\n\nIf you can read this, the channel works.\n";
        }
        if (DIGEST.equals(event)) {
            StringBuilder text = new StringBuilder("Alert storm: ").append(message).append(".\n\n")
                    .append("Rather than ").append(digest.count()).append(" messages, this one digest.\n\n");
            digest.byGroup().forEach((group, count) ->
                    text.append(String.format("%6d  %s%n", count, group.isEmpty() ? "(no group)" : group)));
            return text.append("\nAt: ").append(at).append('\n').toString();
        }
        StringBuilder text = new StringBuilder()
                .append(headline()).append(": ").append(message).append("\n\n")
                .append("Severity:    ").append(severity).append('\n')
                .append("Type:        ").append(type).append('\n');
        if (deviceName != null || deviceId != null) {
            text.append("Device:      ").append(deviceName == null ? deviceId : deviceName).append('\n');
        }
        if (group != null) {
            text.append("Group:       ").append(group).append('\n');
        }
        if (occurrences > 0) {
            text.append("Occurrences: ").append(occurrences).append('\n');
        }
        text.append("By:          ").append(actor).append('\n')
                .append("At:          ").append(at).append('\n')
                .append("Alert id:    ").append(alertId).append('\n');
        return text.toString();
    }

    private String headline() {
        return switch (event) {
            case REMINDER -> "Reminder, alert still unacknowledged";
            case ESCALATED -> "Escalated, alert still unacknowledged";
            default -> "Alert " + event.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Slack's incoming-webhook JSON: {@code {"text": …}} in Slack's mrkdwn, where {@code & < >}
     * must be escaped (they start links and mentions).
     */
    public String slackJson() {
        String line = switch (event) {
            case TEST -> slack(message);
            case DIGEST -> "*Alert storm*: " + slack(message);
            case REMINDER, ESCALATED -> (REMINDER.equals(event) ? "Reminder: " : "*Escalated*: ")
                    + "*" + severity + "* " + slack(type)
                    + (deviceName == null ? "" : " on *" + slack(deviceName) + "*")
                    + (group == null ? "" : " (group " + slack(group) + ")") + ": " + slack(message);
            default -> "*" + severity + "* " + slack(type) + " " + event.toLowerCase(Locale.ROOT)
                    + (deviceName == null ? "" : " on *" + slack(deviceName) + "*")
                    + (group == null ? "" : " (group " + slack(group) + ")") + ": " + slack(message);
        };
        return Json.createObjectBuilder().add("text", line).build().toString();
    }

    /** The webhook body; {@code id} is the delivery's id, the idempotency key. */
    public String webhookJson(UUID deliveryId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", deliveryId.toString())
                .add("event", switch (event) {
                    case TEST -> "test";
                    case DIGEST -> "alerts.digest";
                    default -> "alert." + event.toLowerCase(Locale.ROOT);
                })
                .add("tenantId", tenantId.toString())
                .add("at", at.toString())
                .add("text", message);
        if (digest != null) {
            JsonObjectBuilder groups = Json.createObjectBuilder();
            digest.byGroup().forEach(groups::add);
            body.add("digest", Json.createObjectBuilder().add("type", type).add("change", digest.change())
                    .add("severity", severity.name()).add("count", digest.count()).add("groups", groups));
        } else if (alertId != null) {
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
