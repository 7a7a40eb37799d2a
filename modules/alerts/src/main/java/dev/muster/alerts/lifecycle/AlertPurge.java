package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertStatus;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Deletes resolved alerts for retention, one bounded batch per transaction; timelines go with them (ON DELETE CASCADE). */
@ApplicationScoped
@AcrossTenants
public class AlertPurge {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeResolved(UUID tenantId, Instant before, int max) {
        List<UUID> ids = em.createQuery("select a.id from Alert a where a.tenantId = :tenant and a.status = :resolved"
                        + " and a.resolvedAt < :before", UUID.class)
                .setParameter("tenant", tenantId).setParameter("resolved", AlertStatus.RESOLVED).setParameter("before", before)
                .setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from Alert a where a.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
