package dev.muster.devices.presence;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.Presence;
import dev.muster.devices.registry.ActiveTenants;
import dev.muster.devices.registry.DeviceFields;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.TenantSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The heartbeat path, kept free of database writes: validate, rate-limit per device, measure the
 * clock skew, compute the device's offline and stale deadlines, and leave the sighting in the
 * {@link LastSeenBuffer} for the next flush. The device is ONLINE from this moment on (the flush
 * records the transition if it was not).
 */
@ApplicationScoped
@Authorized(device = true)
public class Heartbeats {

    static final int MIN_INTERVAL = 10;
    static final int MAX_INTERVAL = 86_400;
    static final int MAX_METRICS = 20;
    static final int NOTE = 200;
    private static final int MAX_TRACKED = 2_000_000;
    private static final Pattern METRIC = Pattern.compile(FieldChecks.LABEL_PATTERN);
    /** Looked up once: {@code Json.createObjectBuilder()} finds the JSON provider again at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    CallerContext callers;

    @Inject
    LastSeenBuffer buffer;

    @Inject
    ActiveTenants tenants;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.heartbeat.per-minute", defaultValue = "120")
    int perMinute;

    private final Map<UUID, Bucket> limits = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        if (perMinute < 1) {
            perMinute = 1;
        }
    }

    public HeartbeatAnswer beat(Heartbeat heartbeat) {
        Caller device = callers.caller();
        throttle(device.id());
        Heartbeat h = heartbeat == null ? new Heartbeat(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : heartbeat;
        Instant now = clock.instant();
        DeviceFields fields = new DeviceFields();
        Instant sentAt = instant(fields, h.sentAt());
        Integer interval = range(fields, "intervalSeconds", h.intervalSeconds(), MIN_INTERVAL, MAX_INTERVAL);
        Long uptime = h.uptimeSeconds();
        if (uptime != null && (uptime < 0 || uptime > 100L * 365 * 86_400)) {
            fields.fail("uptimeSeconds", "must be from 0 to 3153600000");
        }
        Integer battery = range(fields, "batteryPercent", h.batteryPercent(), 0, 100);
        Integer rssi = range(fields, "rssiDbm", h.rssiDbm(), -150, 0);
        String bssid = fields.mac("wifiBssid", h.wifiBssid());
        String metrics = metrics(fields, h.metrics());
        String note = fields.line("note", h.note(), NOTE);
        String publicIp = h.publicIp() == null || h.publicIp().isBlank() ? callers.clientAddress() : h.publicIp();
        DeviceInfo info = fields.info("", new DeviceInfo(h.hostname(), h.os(), h.osVersion(), h.architecture(), h.agentVersion(),
                h.mac(), h.lanIp(), publicIp, null));
        fields.verify();

        TenantSettings tenant = tenants.settings(device.tenantId());
        int effectiveInterval = interval != null ? interval : tenant.heartbeatIntervalSeconds();
        Long skew = sentAt == null ? null : Duration.between(sentAt, now).toMillis();
        Boolean flagged = skew == null ? null : Math.abs(skew) > tenant.clockSkewThresholdSeconds() * 1000L;
        buffer.record(new Sighting(device.id(), device.tenantId(), now,
                now.plusSeconds(tenant.offlineAfterSeconds(effectiveInterval)),
                now.plus(Duration.ofHours(tenant.staleAfterHours())), interval, skew, flagged, uptime, battery, rssi, bssid,
                metrics, note, info));
        return new HeartbeatAnswer(now, skew, Boolean.TRUE.equals(flagged), effectiveInterval, Presence.ONLINE);
    }

    private void throttle(UUID device) {
        if (limits.size() > MAX_TRACKED) {
            limits.clear();
        }
        Bucket bucket = limits.computeIfAbsent(device, d -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw MusterException.throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Instant instant(DeviceFields fields, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            fields.fail("sentAt", "must be an ISO-8601 instant like 2026-11-23T12:00:00Z");
            return null;
        }
    }

    private static Integer range(DeviceFields fields, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fields.fail(field, "must be from " + min + " to " + max);
            return null;
        }
        return value;
    }

    private static String metrics(DeviceFields fields, Map<String, Double> metrics) {
        if (metrics == null || metrics.isEmpty()) {
            return null;
        }
        if (metrics.size() > MAX_METRICS) {
            fields.fail("metrics", "at most " + MAX_METRICS + " entries");
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (Map.Entry<String, Double> metric : new TreeMap<>(metrics).entrySet()) {
            if (metric.getKey().length() > FieldChecks.LABEL || !METRIC.matcher(metric.getKey()).matches()) {
                fields.fail("metrics", "names must be 1 to 40 letters, digits or . _ - and start with a letter or digit");
                return null;
            }
            Double value = metric.getValue();
            if (value == null || value.isNaN() || value.isInfinite() || Math.abs(value) > 1e12) {
                fields.fail("metrics." + metric.getKey(), "must be a finite number");
                return null;
            }
            json.add(metric.getKey(), value);
        }
        return json.build().toString();
    }
}
