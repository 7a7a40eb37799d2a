package dev.muster.tokens.grants;

import dev.muster.platform.errors.MusterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Finding grants and taking their uses, the same way for codes and keys. */
@ApplicationScoped
public class Grants {

    @PersistenceContext
    EntityManager em;

    /** The grant of the caller's tenant with this id, or 404. */
    public <G extends EnrollmentGrant> G find(Class<G> type, UUID id, String what) {
        G grant = id == null ? null : em.find(type, id);
        if (grant == null) {
            throw MusterException.notFound(what);
        }
        return grant;
    }

    /** The grant with this digest, in whichever tenant: call only inside an operation across tenants. */
    public <G extends EnrollmentGrant> Optional<G> findByDigest(Class<G> type, String digest) {
        return em.createQuery("select g from " + type.getSimpleName() + " g where g.digest = :digest", type)
                .setParameter("digest", digest).getResultStream().findFirst();
    }

    /**
     * Takes one use, if one is left and the grant is neither revoked nor expired: a single
     * conditional UPDATE, so of any number of concurrent enrollments exactly as many succeed as uses
     * are left (the row lock serializes them and each re-checks the condition).
     */
    public boolean take(Class<? extends EnrollmentGrant> type, UUID id, Instant now) {
        return em.createQuery("update " + type.getSimpleName() + " g set g.uses = g.uses + 1, g.lastUsedAt = :now"
                        + " where g.id = :id and g.uses < g.maxUses and g.revokedAt is null and g.expiresAt > :now")
                .setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }
}
