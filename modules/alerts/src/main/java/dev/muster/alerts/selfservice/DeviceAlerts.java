package dev.muster.alerts.selfservice;

import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.AlertSummary;
import dev.muster.alerts.api.NewAlert;
import dev.muster.alerts.lifecycle.Alert;
import dev.muster.alerts.lifecycle.AlertBook;
import dev.muster.alerts.lifecycle.Occurrence;
import dev.muster.alerts.lifecycle.Occurrences;
import dev.muster.devices.api.DeviceLabel;
import dev.muster.devices.api.DeviceLabels;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.FailureLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Alerts a device raises about itself, of custom types only (a device cannot fake DEVICE_OFFLINE).
 * Rate limited per device to {@code muster.alerts.device-per-minute} (10) raises, counted in this
 * node's memory: a device stuck in a loop cannot flood its tenant's inbox or channels, and an
 * unresolved alert it repeats only counts up.
 */
@ApplicationScoped
@Authorized(device = true)
@Transactional
public class DeviceAlerts {

    @Inject
    CallerContext callers;

    @Inject
    Occurrences occurrences;

    @Inject
    DeviceLabels devices;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.alerts.device-per-minute", defaultValue = "10")
    int perMinute;

    private FailureLimiter limiter;

    @PostConstruct
    void init() {
        // every raise takes a token: the failure limiter's buckets serve as a plain rate limit here
        limiter = new FailureLimiter(Math.max(1, perMinute), Duration.ofMinutes(1));
    }

    public AlertSummary raise(NewAlert request) {
        Caller device = callers.caller();
        String key = device.id().toString();
        limiter.blocked(key).ifPresent(wait -> {
            throw MusterException.throttled(wait);
        });
        limiter.failed(key);
        if (request == null) {
            throw MusterException.invalid("alert", "must not be null");
        }
        FieldChecks fields = new FieldChecks();
        AlertBook.Checked checked = AlertBook.check(fields, request);
        fields.verify();
        DeviceLabel label = devices.of(Set.of(device.id())).get(device.id());
        if (label == null) {
            throw MusterException.notFound("Device");
        }
        return occurrences.raise(new Occurrence(device.tenantId(), new Alert.DeviceLabel(label.id(), label.name(), label.group()),
                AlertSource.DEVICE, checked.type(), checked.severity(), checked.message(), checked.details(), clock.instant(),
                device.name(), null)).orElseThrow().summary();
    }
}
