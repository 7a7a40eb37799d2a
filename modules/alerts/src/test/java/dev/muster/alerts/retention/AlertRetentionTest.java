package dev.muster.alerts.retention;

import dev.muster.alerts.lifecycle.AlertPurge;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.NewTenant;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantSettings;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.TenantUpdate;
import dev.muster.tenants.api.TenantView;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final Tenants tenants = new Tenants();
    private final Backlog alerts = new Backlog();
    private final Backlog transitions = new Backlog();
    private final AlertRetention retention = new AlertRetention();

    AlertRetentionTest() {
        retention.tenants = tenants;
        retention.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        retention.alerts = new AlertPurge() {
            @Override
            public int purgeResolved(UUID tenantId, Instant before, int max) {
                return alerts.purge(tenantId, before, max);
            }
        };
        retention.presence = transitions::purge;
    }

    @Test
    void eachTenantIsPurgedBeforeItsOwnRetentionInBatchesUntilABatchComesBackShort() {
        UUID month = tenants.add(30);
        UUID year = tenants.add(365);
        alerts.rows.put(month, 1_200);
        transitions.rows.put(year, 10);

        assertThat(retention.purge()).isEqualTo(1_210);

        assertThat(alerts.calls).containsExactly(
                new Call(month, NOW.minus(Duration.ofDays(30)), 500), new Call(month, NOW.minus(Duration.ofDays(30)), 500),
                new Call(month, NOW.minus(Duration.ofDays(30)), 500), new Call(year, NOW.minus(Duration.ofDays(365)), 500));
        assertThat(transitions.calls).containsExactly(new Call(month, NOW.minus(Duration.ofDays(30)), 500),
                new Call(year, NOW.minus(Duration.ofDays(365)), 500));
    }

    @Test
    void oneRunStopsAfterItsBatchesAndTheNextRunGoesOn() {
        UUID tenant = tenants.add(90);
        alerts.rows.put(tenant, AlertRetention.BATCH * AlertRetention.MAX_BATCHES + 700);

        assertThat(retention.purge()).isEqualTo((long) AlertRetention.BATCH * AlertRetention.MAX_BATCHES);
        assertThat(alerts.calls).hasSize(AlertRetention.MAX_BATCHES);
        assertThat(retention.purge()).isEqualTo(700);
    }

    @Test
    void aTenantSuspendedAfterTheListWasReadIsSkippedAndTheOthersArePurged() {
        UUID suspended = tenants.add(30);
        UUID active = tenants.add(30);
        tenants.suspendedSinceListed.add(suspended);
        alerts.rows.put(suspended, 5);
        alerts.rows.put(active, 5);

        assertThat(retention.purge()).isEqualTo(5);
        assertThat(alerts.rows).containsEntry(suspended, 5).containsEntry(active, 0);
    }

    private record Call(UUID tenant, Instant before, int max) {
    }

    /** Old rows per tenant, deleted at most {@code max} a call. */
    private static final class Backlog {
        final Map<UUID, Integer> rows = new HashMap<>();
        final List<Call> calls = new ArrayList<>();

        int purge(UUID tenant, Instant before, int max) {
            calls.add(new Call(tenant, before, max));
            int deleted = Math.min(max, rows.getOrDefault(tenant, 0));
            rows.merge(tenant, -deleted, Integer::sum);
            return deleted;
        }
    }

    /** Active tenants with their retention; some are suspended between the list and the lookup. */
    private static final class Tenants implements TenantCatalog {
        final Map<UUID, Integer> retentionDays = new java.util.LinkedHashMap<>();
        final Set<UUID> suspendedSinceListed = new java.util.HashSet<>();

        UUID add(int days) {
            UUID id = UUID.randomUUID();
            retentionDays.put(id, days);
            return id;
        }

        @Override
        public List<UUID> activeIds() {
            return List.copyOf(retentionDays.keySet());
        }

        @Override
        public TenantView requireActive(UUID id) {
            if (suspendedSinceListed.contains(id)) {
                throw new MusterException(ErrorCode.TENANT_SUSPENDED, "suspended");
            }
            return new TenantView(id, "t", "T", "ops@t.example", TenantStatus.ACTIVE,
                    new TenantSettings(60, 3, 24, retentionDays.get(id), 30), NOW, 0);
        }

        @Override
        public TenantView create(NewTenant tenant) { throw new UnsupportedOperationException(); }
        @Override
        public Page<TenantView> list(String text, PageRequest page) { throw new UnsupportedOperationException(); }
        @Override
        public TenantView get(UUID id) { throw new UnsupportedOperationException(); }
        @Override
        public TenantView update(UUID id, TenantUpdate update, long expectedVersion) { throw new UnsupportedOperationException(); }
        @Override
        public TenantView suspend(UUID id) { throw new UnsupportedOperationException(); }
        @Override
        public TenantView activate(UUID id) { throw new UnsupportedOperationException(); }
        @Override
        public void delete(UUID id) { throw new UnsupportedOperationException(); }
        @Override
        public List<TenantView> mine() { throw new UnsupportedOperationException(); }
    }
}
