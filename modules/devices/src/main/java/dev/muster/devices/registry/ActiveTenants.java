package dev.muster.devices.registry;

import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenants found active, with their settings, for the device hot path (token checks, heartbeats),
 * so a heartbeat does not read the tenant row. What it knows is believed for {@value #TTL_SECONDS}
 * seconds: a suspension or a settings change reaches device requests within that time (users'
 * requests check the tenant every time).
 */
@ApplicationScoped
public class ActiveTenants {

    static final int TTL_SECONDS = 2;
    private static final int MAX_ENTRIES = 1_000_000;

    @Inject
    TenantCatalog tenants;

    @Inject
    Clock clock;

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    /** The settings of {@code tenant}, refused with {@code TENANT_SUSPENDED} when it is suspended. */
    public TenantSettings settings(UUID tenant) {
        Instant now = clock.instant();
        Entry entry = entries.get(tenant);
        if (entry == null || entry.loadedAt().plus(Duration.ofSeconds(TTL_SECONDS)).isBefore(now)) {
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(tenants.requireActive(tenant).settings(), now);
            entries.put(tenant, entry);
        }
        return entry.settings();
    }

    private record Entry(TenantSettings settings, Instant loadedAt) {
    }
}
