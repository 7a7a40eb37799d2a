package dev.muster.devices.presence;

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
 * Tenants' presence settings for the heartbeat path, kept for {@value #TTL_SECONDS} seconds so a
 * heartbeat does not read the tenant row: a settings change reaches heartbeats within that time.
 * (Suspension does not wait for it: it is checked with every device token.)
 */
@ApplicationScoped
public class TenantSettingsCache {

    static final int TTL_SECONDS = 10;

    @Inject
    TenantCatalog tenants;

    @Inject
    Clock clock;

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    TenantSettings of(UUID tenant) {
        Instant now = clock.instant();
        Entry entry = entries.get(tenant);
        if (entry == null || entry.loadedAt().plus(Duration.ofSeconds(TTL_SECONDS)).isBefore(now)) {
            entry = new Entry(tenants.requireActive(tenant).settings(), now);
            entries.put(tenant, entry);
        }
        return entry.settings();
    }

    private record Entry(TenantSettings settings, Instant loadedAt) {
    }
}
