package dev.muster.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for black-box tests of the REST API, as an external client sees it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(URL serverUrl) {
        String root = serverUrl.toString().endsWith("/") ? serverUrl.toString() : serverUrl + "/";
        this.base = URI.create(root);
    }

    private Api(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers.putAll(headers);
    }

    /** The same server, with an extra header on every request. */
    public Api with(String name, String value) {
        Api copy = new Api(base, headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Api bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    /** HTTP Basic credentials on every request. */
    public Api basic(String user, String password) {
        return with("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** As if the request came through a trusted proxy from {@code address}. */
    public Api from(String address) {
        return with("X-Forwarded-For", address);
    }

    /** As if the request came through the trusted proxy from an address of its own (throttles count per address). */
    public Api fromRandomAddress() {
        java.util.UUID random = java.util.UUID.randomUUID();
        return from("10." + (random.getMostSignificantBits() & 0x7f) + "." + (random.getLeastSignificantBits() & 0xff)
                + "." + ((random.getLeastSignificantBits() >> 8) & 0xff));
    }

    public Reply patch(String path, String ifMatch, String json) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in and returns an API client carrying the token. */
    public Api signIn(String email, String password, String tenant) {
        Reply reply = post("api/v1/auth/login", Json.createObjectBuilder().add("email", email).add("password", password)
                .add("tenant", tenant == null ? "" : tenant).build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + email + " failed: " + reply);
        }
        return bearer(reply.json().getString("token"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, Map<String, java.util.List<String>> headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
