package dev.muster.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.muster.agent.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A stand-in for the Muster server's device API on 127.0.0.1 (port 0), close enough to the real
 * contract for the agent's tests: enroll, device token, heartbeat, SSH key. Canned answers can be
 * queued per path ({@link #script}); they are served before the normal behaviour.
 */
public final class FakeMusterServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FakeMusterServer.class.getName());

    /** A canned answer. */
    public record Canned(int status, String body, Map<String, String> headers) {
        public static Canned problem(int status, String code) {
            return new Canned(status, "{\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"canned " + code + "\"}",
                    Map.of("Content-Type", "application/problem+json"));
        }

        public static Canned problem(int status, String code, String retryAfter) {
            Canned c = problem(status, code);
            return new Canned(status, c.body, Map.of("Content-Type", "application/problem+json", "Retry-After", retryAfter));
        }
    }

    /** A device the fake knows. */
    public record Device(String id, String key, String secret) {
    }

    /** A heartbeat as received. */
    public record Heartbeat(String deviceKey, Instant receivedAt, Map<String, Object> body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final Map<String, Deque<Canned>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Device> devicesByKey = new ConcurrentHashMap<>();
    private final Map<String, Device> devicesById = new ConcurrentHashMap<>();
    private final Map<String, Device> tokens = new ConcurrentHashMap<>();
    private final List<Heartbeat> heartbeats = Collections.synchronizedList(new ArrayList<>());
    private final List<String> sshKeys = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Object>> enrollRequests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile long intervalSeconds = 60;
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    private volatile boolean recordHeartbeats = true;

    public FakeMusterServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    /**
     * Runs the fake on its own, for measuring the simulator:
     * {@code java -Dsun.net.httpserver.nodelay=true -cp modules/agent/target/classes:modules/agent/target/test-classes
     * dev.muster.agent.testing.FakeMusterServer [intervalSeconds]}; prints its URL.
     */
    public static void main(String[] args) throws Exception {
        FakeMusterServer fake = new FakeMusterServer();
        fake.intervalSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        fake.recordHeartbeats = false;
        System.out.println(fake.uri());
        Thread.currentThread().join();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void script(String path, Canned... answers) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    public void intervalSeconds(long seconds) {
        intervalSeconds = seconds;
    }

    public void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    /** Invalidates every token issued so far (as a token rotation would). */
    public void forgetTokens() {
        tokens.clear();
    }

    /** Revokes a device: its secret and tokens stop working. */
    public void revoke(String deviceKey) {
        Device device = devicesByKey.remove(deviceKey);
        if (device != null) {
            devicesById.remove(device.id());
            tokens.values().removeIf(device::equals);
        }
    }

    public List<Heartbeat> heartbeats() {
        synchronized (heartbeats) {
            return new ArrayList<>(heartbeats);
        }
    }

    public List<String> sshKeys() {
        synchronized (sshKeys) {
            return new ArrayList<>(sshKeys);
        }
    }

    public List<Map<String, Object>> enrollRequests() {
        synchronized (enrollRequests) {
            return new ArrayList<>(enrollRequests);
        }
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public Map<String, Device> devices() {
        return Map.copyOf(devicesByKey);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/api/v1/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Deque<Canned> script = scripts.get(path);
            Canned canned = script == null ? null : script.pollFirst();
            if (canned != null) {
                canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, canned.status(), canned.body());
                return;
            }
            switch (path) {
                case "enroll" -> enroll(exchange, body);
                case "device/token" -> token(exchange);
                case "device/heartbeat" -> heartbeat(exchange, body);
                case "device/ssh-key" -> sshKey(exchange, body);
                case "ping" -> send(exchange, 204, "");
                default -> send(exchange, 404, "{\"code\":\"NOT_FOUND\"}");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The fake server failed on " + exchange.getRequestURI().getPath(), e);
            throw e;
        }
    }

    private void enroll(HttpExchange exchange, String body) throws IOException {
        Map<String, Object> request = Json.parseObject(body);
        enrollRequests.add(request);
        String key = Json.string(request, "deviceKey");
        Device device = new Device(UUID.randomUUID().toString(), key, "secret-" + counter.incrementAndGet());
        Device old = devicesByKey.put(key, device);
        if (old != null) {
            devicesById.remove(old.id());
        }
        devicesById.put(device.id(), device);
        String token = issue(device);
        send(exchange, 201, Json.write(Map.of("deviceId", device.id(), "deviceKey", key, "tenant", "acme",
                "secret", device.secret(), "token", token, "tokenExpiresAt", Instant.now().plus(tokenLifetime).toString(),
                "heartbeatIntervalSeconds", intervalSeconds, "replaced", old != null)));
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            send(exchange, 401, "{\"code\":\"AUTHENTICATION_REQUIRED\"}");
            return;
        }
        String[] basic = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        Device device = devicesById.get(basic[0]);
        if (device == null || !device.secret().equals(basic[1])) {
            send(exchange, 401, "{\"code\":\"AUTHENTICATION_REQUIRED\",\"detail\":\"revoked or reset\"}");
            return;
        }
        send(exchange, 200, Json.write(Map.of("token", issue(device), "tokenType", "Bearer",
                "expiresAt", Instant.now().plus(tokenLifetime).toString(), "deviceId", device.id())));
    }

    private void heartbeat(HttpExchange exchange, String body) throws IOException {
        Device device = bearer(exchange);
        if (device == null) {
            send(exchange, 401, "{\"code\":\"AUTHENTICATION_REQUIRED\"}");
            return;
        }
        Map<String, Object> json = Json.parseObject(body);
        Instant now = Instant.now();
        if (recordHeartbeats) {
            heartbeats.add(new Heartbeat(device.key(), now, json));
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("serverTime", now.toString());
        if (Json.string(json, "sentAt") != null) {
            answer.put("clockSkewMs", Duration.between(Instant.parse(Json.string(json, "sentAt")), now).toMillis());
        }
        answer.put("intervalSeconds", intervalSeconds);
        answer.put("presence", "ONLINE");
        answer.put("skewFlagged", false);
        send(exchange, 200, Json.write(answer));
    }

    private void sshKey(HttpExchange exchange, String body) throws IOException {
        if (bearer(exchange) == null) {
            send(exchange, 401, "{\"code\":\"AUTHENTICATION_REQUIRED\"}");
            return;
        }
        sshKeys.add(body);
        send(exchange, 200, "{\"algorithm\":\"ED25519\",\"bits\":256,\"fingerprint\":\"SHA256:fake\",\"comment\":\"\"}");
    }

    private Device bearer(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null || !authorization.startsWith("Bearer ") ? null : tokens.get(authorization.substring(7));
    }

    private String issue(Device device) {
        String token = "tok-" + counter.incrementAndGet() + "-" + UUID.randomUUID();
        tokens.put(token, device);
        return token;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
