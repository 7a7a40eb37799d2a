package dev.muster.console.faces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags and attributes as a person edits them in a text area: one {@code key=value} per line. Blank
 * lines are skipped; key and value are trimmed; the value may itself contain {@code =} (only the
 * first one separates). Only the shape is checked here, so each problem can name its line; what a
 * key may look like and how long a value may be stays the API's rule, reported per field.
 */
public final class KeyValueLines {

    /** Why a line was refused; each has a bundle text {@code keyValue.<kind>} with the line and key as arguments. */
    public enum Kind {
        /** The line has no {@code =}. */
        NO_EQUALS,
        /** The line starts with {@code =}: no key. */
        NO_KEY,
        /** The key was given on an earlier line already. */
        DUPLICATE
    }

    /** One refused line, numbered from 1. */
    public record Problem(int line, Kind kind, String key) {
    }

    /** What a text area held: the entries in the order written, or the problems, never both. */
    public record Parsed(Map<String, String> values, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private KeyValueLines() {
    }

    /** Reads a text area; null or blank text is an empty map (which clears every entry). */
    public static Parsed parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(Map.of(), List.of());
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(new Problem(i + 1, Kind.NO_EQUALS, line));
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (key.isEmpty()) {
                problems.add(new Problem(i + 1, Kind.NO_KEY, ""));
            } else if (values.containsKey(key)) {
                problems.add(new Problem(i + 1, Kind.DUPLICATE, key));
            } else {
                values.put(key, value);
            }
        }
        return problems.isEmpty()
                ? new Parsed(Collections.unmodifiableMap(values), List.of())
                : new Parsed(Map.of(), List.copyOf(problems));
    }

    /** The text area's content for stored entries, sorted by key so it reads the same every time. */
    public static String format(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }
}
