package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Forgets finished deliveries (DELIVERED or DEAD) older than their tenant's retention, in batches
 * that commit on their own, so a first purge of a large log never holds locks for long. Attempts go
 * with their delivery (the foreign key cascades). Queued and waiting deliveries are never purged.
 */
@ApplicationScoped
public class DeliveryRetention {

    public static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** Deletes one batch of {@code tenant}'s finished deliveries created before {@code cutoff}; returns how many. */
    @AcrossTenants
    @Transactional
    public int purge(UUID tenant, Instant cutoff) {
        List<UUID> old = em.createQuery("select d.id from Delivery d where d.tenantId = :tenant and d.createdAt < :cutoff"
                        + " and d.status in :finished order by d.createdAt", UUID.class)
                .setParameter("tenant", tenant).setParameter("cutoff", cutoff)
                .setParameter("finished", List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD))
                .setMaxResults(BATCH).getResultList();
        if (!old.isEmpty()) {
            em.createQuery("delete from DeliveryAttempt a where a.deliveryId in :ids").setParameter("ids", old).executeUpdate();
            em.createQuery("delete from Delivery d where d.id in :ids").setParameter("ids", old).executeUpdate();
        }
        return old.size();
    }
}
