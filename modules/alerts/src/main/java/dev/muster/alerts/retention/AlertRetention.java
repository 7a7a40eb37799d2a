package dev.muster.alerts.retention;

import dev.muster.alerts.lifecycle.AlertPurge;
import dev.muster.devices.api.PresenceRetention;
import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Purges, per active tenant, resolved alerts (with their timelines) and presence transitions older
 * than the tenant's retention setting, {@value #BATCH} rows per transaction and at most
 * {@value #MAX_BATCHES} batches per tenant and kind per run, so one run never holds long locks
 * and a backlog shrinks over a few runs instead of one long one. Unresolved alerts are kept
 * whatever their age: they still need someone. A tenant suspended or deleted after the list of
 * active tenants was read is skipped (its rows wait for a later run); the other tenants go on.
 */
@ApplicationScoped
public class AlertRetention {

    static final int BATCH = 500;
    static final int MAX_BATCHES = 20;
    private static final Logger LOG = Logger.getLogger(AlertRetention.class.getName());

    @Inject
    TenantCatalog tenants;

    @Inject
    AlertPurge alerts;

    @Inject
    PresenceRetention presence;

    @Inject
    Clock clock;

    /** Returns how many rows were purged in all. */
    public long purge() {
        long purged = 0;
        Instant now = clock.instant();
        for (UUID tenant : tenants.activeIds()) {
            TenantView view;
            try {
                view = tenants.requireActive(tenant);
            } catch (MusterException e) {
                continue;
            }
            Instant before = now.minus(Duration.ofDays(view.settings().retentionDays()));
            purged += batches(() -> alerts.purgeResolved(tenant, before, BATCH));
            purged += batches(() -> presence.purgeTransitions(tenant, before, BATCH));
        }
        if (purged > 0) {
            long total = purged;
            LOG.info(() -> "Retention purged " + total + " resolved alerts and presence transitions");
        }
        return purged;
    }

    private static long batches(java.util.function.IntSupplier batch) {
        long purged = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int deleted = batch.getAsInt();
            purged += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return purged;
    }
}
