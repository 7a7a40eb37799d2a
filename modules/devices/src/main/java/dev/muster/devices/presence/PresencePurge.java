package dev.muster.devices.presence;

import dev.muster.devices.api.PresenceRetention;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link PresenceRetention}: one bounded batch per transaction, so a purge never holds many rows locked. */
@ApplicationScoped
@AcrossTenants
public class PresencePurge implements PresenceRetention {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeTransitions(UUID tenantId, Instant before, int max) {
        List<UUID> ids = em.createQuery("select t.id from PresenceTransition t where t.tenantId = :tenant and t.occurredAt < :before",
                        UUID.class)
                .setParameter("tenant", tenantId).setParameter("before", before).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from PresenceTransition t where t.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
