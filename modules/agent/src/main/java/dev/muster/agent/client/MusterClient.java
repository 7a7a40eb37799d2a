package dev.muster.agent.client;

import dev.muster.agent.json.Json;
import dev.muster.agent.system.SystemInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The server's device API ({@code <server>/api/v1}). Each method makes one request and returns the
 * answer, whatever its status; it throws {@link IOException} only when no answer came (refused
 * connection, timeout, reset).
 */
public final class MusterClient {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI api;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    private final String userAgent = "muster-agent/" + SystemInfo.runningVersion();

    public MusterClient(URI server) {
        this(server, CONNECT_TIMEOUT, REQUEST_TIMEOUT, Clock.systemUTC());
    }

    public MusterClient(URI server, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        String base = server.toString();
        this.api = URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** {@code POST /enroll}: no authentication; the body carries the code or provisioning key. */
    public Reply enroll(Map<String, ?> body) throws IOException, InterruptedException {
        return send(json("enroll", body).build());
    }

    /** {@code POST /device/token}: exchanges the device id and secret (HTTP Basic) for a token. */
    public Reply token(String deviceId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((deviceId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(request("device/token")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** {@code POST /device/heartbeat} with a device token. */
    public Reply heartbeat(String token, Map<String, ?> body) throws IOException, InterruptedException {
        return send(json("device/heartbeat", body).header("Authorization", "Bearer " + token).build());
    }

    /** {@code PUT /device/ssh-key}: one OpenSSH public key line. */
    public Reply putSshKey(String token, String keyLine) throws IOException, InterruptedException {
        return send(request("device/ssh-key")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(keyLine, StandardCharsets.UTF_8))
                .build());
    }

    /** {@code GET /config}: the server's intervals and features for devices. */
    public Reply config(String token) throws IOException, InterruptedException {
        return send(request("config").header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpRequest.Builder json(String path, Map<String, ?> body) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(api.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", userAgent);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body() == null ? "" : response.body(),
                Reply.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), clock));
    }
}
