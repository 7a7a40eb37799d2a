package dev.muster.tokens.enrollment;

import dev.muster.tokens.api.EnrollmentUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which devices enrolled with which codes and keys, read in one query per page of codes. */
@ApplicationScoped
public class EnrollmentHistory {

    @PersistenceContext
    EntityManager em;

    public Map<UUID, List<EnrollmentUse>> of(Collection<UUID> grantIds) {
        if (grantIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from EnrollmentRecord r where r.grantId in :ids order by r.enrolledAt", EnrollmentRecord.class)
                .setParameter("ids", grantIds).getResultStream()
                .collect(Collectors.groupingBy(EnrollmentRecord::grantId, Collectors.mapping(EnrollmentRecord::use, Collectors.toList())));
    }
}
