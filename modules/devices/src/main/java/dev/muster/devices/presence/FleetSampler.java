package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.TenantCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes the fleet presence samples of every active tenant and keeps them bounded. A sample is one
 * grouped count over {@code device_presence} for all tenants at once; a tenant without devices gets
 * a sample of zeros, so its chart shows that it had none. A bucket already sampled for a tenant (by
 * another node, or an earlier run of an overlapping timer) is left as it is: samples are only
 * inserted, never updated. Should two nodes insert the same bucket at the same instant, the unique
 * key {@code (tenant_id, sampled_at)} refuses the second, whose transaction rolls back whole.
 */
@ApplicationScoped
@Transactional
@AcrossTenants
public class FleetSampler {

    /** Samples removed per transaction when old ones are purged. */
    static final int PURGE_BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantCatalog tenants;

    /** Writes the samples of {@code bucket} that are missing; returns how many. */
    int sample(Instant bucket) {
        Set<UUID> taken = new HashSet<>(em.createQuery("select s.tenantId from FleetPresenceSample s where s.sampledAt = :at", UUID.class)
                .setParameter("at", bucket).getResultList());
        List<UUID> missing = tenants.activeIds().stream().filter(tenant -> !taken.contains(tenant)).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        Map<UUID, Map<Presence, Long>> counts = new HashMap<>();
        em.createQuery("select p.tenantId, p.state, count(p) from DevicePresence p group by p.tenantId, p.state", Object[].class)
                .getResultStream().forEach(row -> counts.computeIfAbsent((UUID) row[0], t -> new EnumMap<>(Presence.class))
                        .put((Presence) row[1], (Long) row[2]));
        for (UUID tenant : missing) {
            Map<Presence, Long> byPresence = counts.get(tenant);
            em.persist(new FleetPresenceSample(tenant, bucket, byPresence == null ? PresenceCounts.NONE : PresenceCounts.of(byPresence)));
        }
        em.flush();
        return missing.size();
    }

    /** Deletes up to {@value #PURGE_BATCH} samples taken before {@code before}; returns how many. */
    int purge(Instant before) {
        List<UUID> old = em.createQuery("select s.id from FleetPresenceSample s where s.sampledAt < :before", UUID.class)
                .setParameter("before", before).setMaxResults(PURGE_BATCH).getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from FleetPresenceSample s where s.id in :ids").setParameter("ids", old).executeUpdate();
    }
}
