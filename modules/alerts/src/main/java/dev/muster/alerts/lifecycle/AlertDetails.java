package dev.muster.alerts.lifecycle;

import dev.muster.platform.errors.FieldChecks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alert's details: a small map of names to text (what a rule measured, what a device said),
 * stored as a JSON object. Names are labels, values short lines, so the stored text stays within
 * {@link Alert#DETAILS}.
 */
public final class AlertDetails {

    public static final int ENTRIES = 10;
    public static final int VALUE = 150;

    private AlertDetails() {
    }

    /** Checked details, or null when there are none. */
    public static Map<String, String> check(FieldChecks fields, String field, Map<String, String> details) {
        Map<String, String> clean = fields.labels(field, details, ENTRIES, VALUE);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    public static String write(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details).forEach(json::add);
        return json.build().toString();
    }

    public static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> details = new TreeMap<>();
            object.forEach((name, value) -> details.put(name, value instanceof JsonString text ? text.getString() : value.toString()));
            return details;
        }
    }
}
