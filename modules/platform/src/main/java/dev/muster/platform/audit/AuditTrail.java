package dev.muster.platform.audit;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction
 * ({@code MANDATORY}): an entry exists exactly when the change it describes was committed.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Records a change in the caller's current tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, Object targetId, String summary) {
        recordIn(callers.caller().tenantId(), action, targetType, targetId, summary);
    }

    /** Records a change in an explicit tenant (platform actions on a tenant, sign-in, null for platform-wide). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordIn(UUID tenantId, String action, String targetType, Object targetId, String summary) {
        Caller caller = callers.caller();
        em.persist(new AuditEntry(tenantId, clock.instant(), caller.name(), caller.id(), action, targetType,
                targetId == null ? null : targetId.toString(), summary, callers.clientAddress()));
    }

    /**
     * Entries of one tenant, or of all tenants and the platform when {@code tenantId} is null. A
     * tenant's log is for its ADMINs and OWNERs (and platform administrators); the whole log for
     * platform administrators only.
     */
    public Page<AuditRecord> find(UUID tenantId, AuditQuery query, PageRequest page) {
        Caller reader = callers.caller();
        boolean allowed = reader.platformAdmin()
                || tenantId != null && tenantId.equals(reader.tenantId()) && reader.has(Role.ADMIN);
        if (!allowed) {
            throw reader.authenticated() ? MusterException.forbidden()
                    : new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "Sign in or send a valid token");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (tenantId != null) {
            where.append(" and e.tenantId = :tenant");
            params.add(new Object[]{"tenant", tenantId});
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and e.action = :action");
            params.add(new Object[]{"action", query.action().trim()});
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and lower(e.actor) = :actor");
            params.add(new Object[]{"actor", query.actor().trim().toLowerCase(Locale.ROOT)});
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(e.actor) like :text escape '!' or lower(e.summary) like :text escape '!' or lower(e.targetId) like :text escape '!')");
            params.add(new Object[]{"text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%"});
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.add(new Object[]{"from", query.from()});
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.add(new Object[]{"to", query.to()});
        }
        TypedQuery<AuditEntry> select = em.createQuery("select e from AuditEntry e" + where
                + " order by e.occurredAt desc, e.id", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        for (Object[] p : params) {
            select.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        List<AuditRecord> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(AuditRecord::of).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    /**
     * The history of one thing (a device, an API key) in the caller's tenant, newest first: what
     * its detail page shows. Any member may read the history of what they may see; the whole log
     * stays with ADMINs ({@link #find}).
     */
    public Page<AuditRecord> history(String targetType, Object targetId, PageRequest page) {
        Caller reader = callers.caller();
        if (reader.tenantId() == null || !reader.has(Role.VIEWER)) {
            throw reader.authenticated() ? MusterException.forbidden()
                    : new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "Sign in or send a valid token");
        }
        String where = " where e.tenantId = :tenant and e.targetType = :type and e.targetId = :id";
        List<AuditRecord> items = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id", AuditEntry.class)
                .setParameter("tenant", reader.tenantId()).setParameter("type", targetType).setParameter("id", targetId.toString())
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(AuditRecord::of).toList();
        long total = em.createQuery("select count(e) from AuditEntry e" + where, Long.class)
                .setParameter("tenant", reader.tenantId()).setParameter("type", targetType).setParameter("id", targetId.toString())
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
