package dev.muster.agent.simulate;

import dev.muster.agent.client.Backoff;
import dev.muster.agent.client.MusterClient;
import dev.muster.agent.client.Reply;
import dev.muster.agent.enroll.Enrollment;
import dev.muster.agent.json.Json;
import dev.muster.agent.run.TokenTiming;
import dev.muster.agent.state.SecretFiles;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.StopSignal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated devices: their keys ({@code <prefix>-000001}…), and credentials and tokens cached
 * in {@code fleet.json} so a second run reuses them. {@link #prepare} enrolls the devices not in the
 * cache (or refused by the server) and gets a token for every device whose cached token is missing
 * or due for renewal, with bounded concurrency. Reusing tokens keeps a run's start from being a
 * storm of token signatures that would hide the heartbeat load being measured.
 */
final class Fleet {

    /** The devices and, when preparation failed, why. */
    record Prepared(List<VirtualDevice> devices, Optional<String> failure, boolean refused) {
    }

    /** A cached token is reused only if it is not due for renewal within this margin. */
    static final Duration TOKEN_MARGIN = Duration.ofMinutes(10);

    private final URI server;
    private final Path file;
    private final Log log;
    private final Clock clock;
    private final Map<String, Object> enrollCredential;
    private final Map<String, Cached> cached = new HashMap<>();

    /** What fleet.json holds for one device; the token and its renewal time may be null. */
    private record Cached(String deviceId, String secret, String token, Instant renewAt) {
    }

    /**
     * @param enrollCredential {@code {"code": …}} or {@code {"provisioningKey": …}}, empty when not given
     */
    Fleet(URI server, Path stateDir, Map<String, Object> enrollCredential, Log log, Clock clock) {
        this.server = server;
        this.file = stateDir.resolve("fleet.json");
        this.enrollCredential = enrollCredential;
        this.log = log;
        this.clock = clock;
    }

    static String key(String prefix, int index) {
        return String.format("%s-%06d", prefix, index + 1);
    }

    Prepared prepare(int count, String prefix, int concurrency, StopSignal stop) throws IOException, InterruptedException {
        load();
        List<VirtualDevice> devices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            VirtualDevice device = new VirtualDevice(i, key(prefix, i));
            Cached entry = cached.get(device.key);
            if (entry != null) {
                device.deviceId = entry.deviceId();
                device.secret = entry.secret();
                if (entry.token() != null && entry.renewAt() != null && entry.renewAt().isAfter(clock.instant().plus(TOKEN_MARGIN))) {
                    device.token = entry.token();
                    device.renewAt = entry.renewAt();
                }
            }
            devices.add(device);
        }
        long reusable = devices.stream().filter(d -> d.secret != null).count();
        long withToken = devices.stream().filter(d -> d.token != null).count();
        log.info("Preparing " + count + " devices: " + reusable + " cached in " + file + " (" + withToken + " with a valid token), "
                + (count - reusable) + " to enroll");

        AtomicInteger done = new AtomicInteger();
        AtomicInteger enrolled = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicReference<Boolean> refused = new AtomicReference<>(false);
        MusterClient client = new MusterClient(server);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Log silentLog = new Log(quiet, clock, false);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "muster-sim-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (VirtualDevice device : devices) {
                if (device.token != null) {
                    done.incrementAndGet();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    if (failure.get() == null && !stop.stopped()) {
                        try {
                            if (!ready(device, client, silentLog, stop, enrolled, refused) && failure.get() == null) {
                                failure.compareAndSet(null, "Could not prepare " + device.key);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RefusedException e) {
                            failure.compareAndSet(null, e.getMessage());
                        }
                    }
                    done.incrementAndGet();
                    return null;
                }));
            }
            long lastSave = System.nanoTime();
            long lastProgress = System.nanoTime();
            while (done.get() < count) {
                if (!stop.sleep(Duration.ofMillis(20))) {
                    break;
                }
                long now = System.nanoTime();
                if (now - lastProgress >= 2_000_000_000L) {
                    log.info(String.format("Preparing: %d/%d ready (%d enrolled, %d from cache)", done.get(), count,
                            enrolled.get(), done.get() - enrolled.get()));
                    lastProgress = now;
                }
                if (now - lastSave > 10_000_000_000L) {
                    save(devices);
                    lastSave = now;
                }
            }
            for (Future<?> future : futures) {
                if (stop.stopped()) {
                    future.cancel(true);
                }
            }
        } finally {
            pool.shutdownNow();
            save(devices);
        }
        if (stop.stopped()) {
            return new Prepared(devices, Optional.of("Stopped while preparing"), false);
        }
        if (failure.get() == null) {
            log.info(String.format("Prepared %d devices (%d enrolled, %d from cache); credentials in %s", count,
                    enrolled.get(), count - enrolled.get(), file));
        }
        return new Prepared(devices, Optional.ofNullable(failure.get()), refused.get());
    }

    /** Gets a token for a cached device, enrolling it when it is not cached or its secret is refused. */
    private boolean ready(VirtualDevice device, MusterClient client, Log quietLog, StopSignal stop, AtomicInteger enrolled,
                          AtomicReference<Boolean> refused) throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), ThreadLocalRandom.current());
        for (int attempt = 0; attempt < 8 && device.secret != null; attempt++) {
            try {
                Reply reply = client.token(device.deviceId, device.secret);
                if (reply.ok()) {
                    Map<String, Object> json = reply.json();
                    setToken(device, Json.string(json, "token"), Json.string(json, "expiresAt"));
                    return true;
                }
                if (reply.status() == 401) {
                    device.deviceId = null;
                    device.secret = null;
                    break;
                }
                if (!stop.sleep(backoff.next(reply.retryAfter()))) {
                    return false;
                }
            } catch (IOException e) {
                if (!stop.sleep(backoff.next())) {
                    return false;
                }
            }
        }
        if (device.secret != null) {
            return false;
        }
        if (enrollCredential.isEmpty()) {
            refused.set(true);
            throw new RefusedException(device.key + " is not enrolled (or was revoked): give --provisioning-key or --code to enroll it");
        }
        Map<String, Object> request = new LinkedHashMap<>(enrollCredential);
        request.put("deviceKey", device.key);
        request.put("name", device.key);
        request.put("type", "simulated");
        request.put("info", Map.of("hostname", device.key, "os", "Muster fleet simulator",
                "agentVersion", dev.muster.agent.system.SystemInfo.runningVersion()));
        Enrollment enrollment = new Enrollment(client, stop, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30),
                ThreadLocalRandom.current()), quietLog, 8);
        Enrollment.Result result = enrollment.enroll(server, request);
        if (result instanceof Enrollment.Enrolled ok) {
            device.deviceId = ok.deviceId();
            device.secret = ok.secret();
            setToken(device, ok.token(), ok.tokenExpiresAt() == null ? null : ok.tokenExpiresAt().toString());
            enrolled.incrementAndGet();
            return true;
        }
        if (result instanceof Enrollment.Refused no) {
            refused.set(true);
            throw new RefusedException("Enrolling " + device.key + " was refused: " + no.message());
        }
        throw new RefusedException("Enrolling " + device.key + " failed: " + ((Enrollment.Unreachable) result).message());
    }

    void setToken(VirtualDevice device, String token, String expiresAt) {
        Instant now = clock.instant();
        Instant expires;
        try {
            expires = expiresAt == null ? now.plusSeconds(300) : Instant.parse(expiresAt);
        } catch (RuntimeException e) {
            expires = now.plusSeconds(300);
        }
        device.renewAt = TokenTiming.renewAt(now, expires, Duration.ZERO);
        device.token = token;
    }

    private void load() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        }
        Map<String, Object> json;
        try {
            json = Json.parseObject(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!server.toString().equals(Json.string(json, "server"))) {
            log.info(file + " holds devices of " + Json.string(json, "server") + ", not " + server + "; enrolling afresh");
            return;
        }
        if (json.get("devices") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry && entry.get("deviceKey") instanceof String key
                        && entry.get("deviceId") instanceof String id && entry.get("secret") instanceof String secret) {
                    String token = entry.get("token") instanceof String t ? t : null;
                    cached.put(key, new Cached(id, secret, token, renewAt(entry.get("renewAt"))));
                }
            }
        }
    }

    private static Instant renewAt(Object value) {
        try {
            return value instanceof String text ? Instant.parse(text) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Writes every device with credentials (and the cached ones not in this run) to fleet.json, mode 600. */
    synchronized void save(List<VirtualDevice> devices) throws IOException {
        for (VirtualDevice device : devices) {
            String id = device.deviceId;
            String secret = device.secret;
            if (id != null && secret != null) {
                String token = device.token;
                cached.put(device.key, new Cached(id, secret, token, token == null ? null : device.renewAt));
            }
        }
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        cached.forEach((key, entry) -> byKey.put(key, entry(key, entry)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("server", server.toString());
        json.put("devices", new ArrayList<>(byKey.values()));
        SecretFiles.write(file, Json.write(json) + "\n");
    }

    private static Map<String, Object> entry(String key, Cached cached) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("deviceKey", key);
        entry.put("deviceId", cached.deviceId());
        entry.put("secret", cached.secret());
        if (cached.token() != null && cached.renewAt() != null) {
            entry.put("token", cached.token());
            entry.put("renewAt", cached.renewAt().toString());
        }
        return entry;
    }

    /** Preparation cannot go on: the server refused, or there is no way to enroll. */
    static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }
}
