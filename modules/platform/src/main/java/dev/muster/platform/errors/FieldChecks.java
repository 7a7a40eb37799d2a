package dev.muster.platform.errors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks and normalizes what people and devices write, collecting every fault before refusing, so
 * one answer names all the fields that are wrong. Text is trimmed and put in Unicode NFC; control
 * characters and bidirectional overrides (which can make a name display as something else) are
 * refused; lengths are bounded. Modules extend it with their own fields.
 */
public class FieldChecks {

    /** Tag keys and attribute names: short identifiers, so they work in filters and exports. */
    public static final int LABEL = 40;
    public static final String LABEL_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";
    private static final Pattern LABEL_FORMAT = Pattern.compile(LABEL_PATTERN);

    private final List<FieldError> errors = new ArrayList<>();

    /** Refuses with every fault found so far, if any. */
    public void verify() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            throw new MusterException(ErrorCode.VALIDATION_FAILED, detail, errors, null);
        }
    }

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Single-line text, or null when {@code value} is null or blank. */
    public String line(String field, String value, int max) {
        return text(field, value, max, false);
    }

    /** Text that may span lines, or null when {@code value} is null or blank. */
    public String paragraph(String field, String value, int max) {
        return text(field, value, max, true);
    }

    private String text(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            fail(field, "must be at most " + max + " characters");
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (!allowedBreak && (Character.isISOControl(c) || isBidiControl(c))) {
                fail(field, "must not contain control characters");
                return null;
            }
        }
        return text;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F';
    }

    /** Tags or attributes: at most {@code maxEntries} identifier keys ({@link #label}) with bounded values. */
    public Map<String, String> labels(String field, Map<String, String> values, int maxEntries, int maxValue) {
        if (values == null) {
            return null;
        }
        Map<String, String> clean = new TreeMap<>();
        if (values.size() > maxEntries) {
            fail(field, "at most " + maxEntries + " entries");
            return clean;
        }
        values.forEach((name, value) -> {
            String label = label(field, name);
            if (label == null) {
                return;
            }
            if (value == null) {
                fail(field + "." + label, "must not be null");
                return;
            }
            String text = line(field + "." + label, value, maxValue);
            clean.put(label, text == null ? "" : text);
        });
        return clean;
    }

    /** A tag key or attribute name. */
    public String label(String field, String name) {
        if (name == null || name.isEmpty() || name.length() > LABEL || !LABEL_FORMAT.matcher(name).matches()) {
            fail(field, "keys must be 1 to " + LABEL + " letters, digits or . _ - and start with a letter or digit");
            return null;
        }
        return name;
    }

    /** {@code value} stripped, or null when null or blank; refused unless it matches {@code pattern}. */
    public String matching(String field, String value, int max, Pattern pattern, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max || !pattern.matcher(text).matches()) {
            fail(field, message);
            return null;
        }
        return text;
    }
}
