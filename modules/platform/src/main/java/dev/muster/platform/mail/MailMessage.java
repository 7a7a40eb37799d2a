package dev.muster.platform.mail;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.UUID;

/**
 * A plain-text mail waiting in the outbox. It travels as JSON text (never a serialized object) so
 * any consumer, in any version, can read it. {@code id} lets a consumer recognise a redelivery.
 */
public record MailMessage(UUID id, String to, String subject, String text) {

    public MailMessage(String to, String subject, String text) {
        this(UUID.randomUUID(), to, subject, text);
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("id", id.toString())
                .add("to", to)
                .add("subject", subject)
                .add("text", text)
                .build().toString();
    }

    public static MailMessage fromJson(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new MailMessage(UUID.fromString(o.getString("id")), o.getString("to"), o.getString("subject"),
                    o.getString("text"));
        }
    }
}
