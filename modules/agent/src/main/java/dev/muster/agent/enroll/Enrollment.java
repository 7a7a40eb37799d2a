package dev.muster.agent.enroll;

import dev.muster.agent.client.Backoff;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.client.Reply;
import dev.muster.agent.json.Json;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.Sleeper;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One enrollment, retried on network errors, 5xx and 429 with the same request. */
public final class Enrollment {

    /** The outcome of {@link #enroll}. */
    public sealed interface Result permits Enrolled, Refused, Unreachable {
    }

    /** The server enrolled the device (or gave an existing one new credentials). */
    public record Enrolled(String deviceId, String deviceKey, String tenant, String secret, String token,
                           Instant tokenExpiresAt, int heartbeatIntervalSeconds, boolean replaced) implements Result {
        @Override
        public String toString() {
            return "Enrolled[deviceId=" + deviceId + ", deviceKey=" + deviceKey + ", tenant=" + tenant + "]";
        }
    }

    /** The server said no; {@code message} tells the person what to do. */
    public record Refused(int status, String code, String message) implements Result {
    }

    /** No answer, or only 5xx/429, for all attempts. */
    public record Unreachable(String message) implements Result {
    }

    private final MusterClient client;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final Log log;
    private final int maxAttempts;

    public Enrollment(MusterClient client, Sleeper sleeper, Backoff backoff, Log log, int maxAttempts) {
        this.client = client;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.log = log;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Sends {@code request} until the server answers with something other than 5xx or 429, or
     * {@code maxAttempts} are spent, or the sleeper is stopped.
     */
    public Result enroll(URI server, Map<String, ?> request) throws InterruptedException {
        String last = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait;
            try {
                Reply reply = client.enroll(request);
                if (reply.status() == 201 || reply.status() == 200) {
                    return enrolled(reply);
                }
                if (reply.status() != 429 && reply.status() < 500) {
                    return refusal(reply, request);
                }
                last = reply.status() == 429 ? "too many requests" : "server error (HTTP " + reply.status() + ")";
                wait = backoff.next(reply.retryAfter());
            } catch (IOException e) {
                last = "cannot reach " + server + " (" + describe(e) + ")";
                wait = backoff.next();
            }
            if (attempt == maxAttempts) {
                break;
            }
            log.info("Enrollment attempt " + attempt + " failed: " + last + "; retrying in " + seconds(wait));
            if (!sleeper.sleep(wait)) {
                break;
            }
        }
        return new Unreachable("Enrollment failed: " + last);
    }

    private static Result enrolled(Reply reply) {
        Map<String, Object> json = reply.json();
        String deviceId = Json.string(json, "deviceId");
        String secret = Json.string(json, "secret");
        if (deviceId == null || secret == null) {
            return new Unreachable("The server's answer has no device id or secret");
        }
        Instant expires = null;
        try {
            String text = Json.string(json, "tokenExpiresAt");
            expires = text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            expires = null;
        }
        return new Enrolled(deviceId, Json.string(json, "deviceKey"), Json.string(json, "tenant"), secret,
                Json.string(json, "token"), expires, (int) Json.number(json, "heartbeatIntervalSeconds", 60),
                Boolean.TRUE.equals(json.get("replaced")));
    }

    /** A sentence for each refusal the server documents, keyed on the problem code. */
    static Refused refusal(Reply reply, Map<String, ?> request) {
        String credential = request.containsKey("code") ? "enrollment code" : "provisioning key";
        String code = reply.problemCode();
        String message = switch (code) {
            case "VALIDATION_FAILED", "MALFORMED_REQUEST" -> "The server refused the request: " + reply.problemDetail()
                    + (reply.fieldErrors().isEmpty() ? "" : " (" + String.join("; ", reply.fieldErrors()) + ")");
            case "INVALID_ENROLLMENT_CODE" -> "The " + credential + " is not valid. Check it for typos, or ask an administrator for a new one.";
            case "TENANT_SUSPENDED" -> "The organisation is suspended; devices cannot enroll until an administrator reactivates it.";
            case "USED_UP" -> "The " + credential + " has no uses left. Ask an administrator for a new one.";
            case "ALREADY_ENROLLED" -> "A device with the key '" + request.get("deviceKey") + "' is already enrolled in this organisation. "
                    + "Reset or delete it in the console, or choose another --device-key.";
            case "EXPIRED" -> "The " + credential + " has expired. Ask an administrator for a new one.";
            case "REVOKED" -> "The " + credential + " was revoked. Ask an administrator for a new one.";
            default -> "The server refused enrollment (HTTP " + reply.status() + (code.isEmpty() ? "" : ", " + code) + "): "
                    + reply.problemDetail();
        };
        return new Refused(reply.status(), code, message);
    }

    static String describe(IOException e) {
        String kind = e instanceof java.net.http.HttpTimeoutException ? "timed out"
                : e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? kind : kind + ": " + e.getMessage();
    }

    static String seconds(Duration wait) {
        return String.format(java.util.Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
    }
}
