package dev.muster.alerts.notifications.delivery;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.time.Instant;

/**
 * Adds a link to a delivery's content as it is sent: an alert's acknowledge link, or for a digest the
 * console's alert inbox. The content is stored without it, so no token is ever kept in the database;
 * the link is a function of the delivery, so every retry sends exactly the same thing.
 *
 * @param kind      what the link does
 * @param url       the link
 * @param expiresAt when an acknowledge link stops working; null for the inbox
 */
record MessageLinks(Kind kind, String url, Instant expiresAt) {

    enum Kind { ACKNOWLEDGE, INBOX }

    /** The mail's text with the link on a line of its own at the end. */
    String mailText(String text) {
        StringBuilder out = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        if (kind == Kind.ACKNOWLEDGE) {
            out.append("\nAcknowledge: ").append(url).append('\n')
                    .append("(Sign in to confirm. The link works until ").append(expiresAt).append(".)\n");
        } else {
            out.append("\nOpen the alerts: ").append(url).append('\n');
        }
        return out.toString();
    }

    /** Slack's JSON with a mrkdwn link ({@code <url|label>}) after the text. */
    String slackJson(String payload) {
        JsonObject body = parse(payload);
        String label = kind == Kind.ACKNOWLEDGE ? "Acknowledge" : "Open the alerts";
        return Json.createObjectBuilder(body).add("text", body.getString("text", "") + "\n<" + url + "|" + label + ">")
                .build().toString();
    }

    /** The webhook body with {@code alert.acknowledgeUrl}, or for a digest {@code digest.inboxUrl}. */
    String webhookJson(String payload) {
        JsonObject body = parse(payload);
        String member = kind == Kind.ACKNOWLEDGE ? "alert" : "digest";
        JsonObject inner = body.getJsonObject(member);
        if (inner == null) {
            return payload;
        }
        JsonObjectBuilder withLink = Json.createObjectBuilder(inner).add(kind == Kind.ACKNOWLEDGE ? "acknowledgeUrl" : "inboxUrl", url);
        return Json.createObjectBuilder(body).add(member, withLink).build().toString();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
