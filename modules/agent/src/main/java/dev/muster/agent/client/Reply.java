package dev.muster.agent.client;

import dev.muster.agent.json.Json;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer from the server. Error answers are RFC 9457 problems with a stable {@code code};
 * {@link #problemCode()} reads it, or returns an empty string when the body is not such a problem.
 *
 * @param status     the HTTP status
 * @param body       the body as text (empty when none)
 * @param retryAfter the Retry-After header, when the server sent one
 */
public record Reply(int status, String body, Optional<Duration> retryAfter) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object; an empty map when the body is not one. */
    public Map<String, Object> json() {
        try {
            return Json.parseObject(body);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    public String problemCode() {
        String code = Json.string(json(), "code");
        return code == null ? "" : code;
    }

    /** The problem's detail, else its title, else the HTTP status. */
    public String problemDetail() {
        Map<String, Object> json = json();
        String detail = Json.string(json, "detail");
        if (detail == null) {
            detail = Json.string(json, "title");
        }
        return detail == null ? "HTTP " + status : detail;
    }

    /** The field errors of a validation problem, as "field: message". */
    public List<String> fieldErrors() {
        List<String> errors = new ArrayList<>();
        if (json().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    errors.add(error.get("field") + ": " + error.get("message"));
                }
            }
        }
        return errors;
    }

    /** Parses a Retry-After value: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
