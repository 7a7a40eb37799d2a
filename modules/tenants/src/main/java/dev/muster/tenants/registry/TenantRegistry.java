package dev.muster.tenants.registry;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.errors.Violations;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.NewTenant;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.TenantUpdate;
import dev.muster.tenants.api.TenantView;
import dev.muster.tenants.invitations.InvitationBook;
import dev.muster.tenants.users.Membership;
import dev.muster.tenants.users.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Tenants: created, suspended and deleted by platform administrators only. */
@ApplicationScoped
@Transactional
@AcrossTenants
public class TenantRegistry implements TenantCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    InvitationBook invitations;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    @Authorized(platform = true)
    public TenantView create(NewTenant request) {
        Violations.check(validator, "tenant", request);
        String slug = request.slug().trim().toLowerCase(Locale.ROOT);
        if (findBySlug(slug) != null) {
            throw MusterException.duplicate("slug", "The slug '" + slug + "' is taken");
        }
        Tenant tenant = new Tenant(slug, request.name().strip(), request.contactEmail().trim(), clock.instant());
        em.persist(tenant);
        em.flush();
        audit.recordIn(tenant.id(), "tenant.created", "tenant", tenant.id(), slug + " (" + tenant.name() + ")");
        if (request.ownerEmail() != null && !request.ownerEmail().isBlank()) {
            var existing = users.findByEmail(request.ownerEmail());
            if (existing.isPresent()) {
                em.persist(new Membership(tenant.id(), existing.get(), Role.OWNER, clock.instant()));
                audit.recordIn(tenant.id(), "member.added", "user", existing.get().id(), existing.get().email() + " as OWNER");
            } else {
                invitations.inviteInto(tenant, request.ownerEmail(), Role.OWNER);
            }
        }
        return tenant.view();
    }

    @Override
    @Authorized(platform = true)
    public Page<TenantView> list(String text, PageRequest page) {
        String filter = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        String where = filter == null ? "" : " where lower(t.slug) like :text or lower(t.name) like :text";
        var select = em.createQuery("select t from Tenant t" + where + " order by t.slug", Tenant.class);
        var count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        if (filter != null) {
            select.setParameter("text", filter);
            count.setParameter("text", filter);
        }
        List<TenantView> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(Tenant::view).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @Authorized(anyUser = true)
    public TenantView get(UUID id) {
        return visible(id).view();
    }

    @Override
    @Authorized(anyUser = true)
    public TenantView update(UUID id, TenantUpdate update, long expectedVersion) {
        Violations.check(validator, "update", update);
        Tenant tenant = visible(id);
        Caller caller = callers.caller();
        if (!caller.platformAdmin() && !(id.equals(caller.tenantId()) && caller.has(Role.OWNER))) {
            throw MusterException.forbidden();
        }
        if (tenant.version() != expectedVersion) {
            throw new MusterException(ErrorCode.PRECONDITION_FAILED,
                    "The organisation was changed by someone else; reload and try again");
        }
        TenantView before = tenant.view();
        tenant.rename(update.name().strip(), update.contactEmail().trim());
        tenant.settings(update.settings());
        audit.recordIn(id, "tenant.updated", "tenant", id, before.name() + " " + before.settings()
                + " -> " + update.name() + " " + update.settings());
        em.flush();
        return tenant.view();
    }

    @Override
    @Authorized(platform = true)
    public TenantView suspend(UUID id) {
        return changeStatus(id, TenantStatus.SUSPENDED);
    }

    @Override
    @Authorized(platform = true)
    public TenantView activate(UUID id) {
        return changeStatus(id, TenantStatus.ACTIVE);
    }

    @Override
    @Authorized(platform = true)
    public void delete(UUID id) {
        Tenant tenant = find(id);
        audit.recordIn(id, "tenant.deleted", "tenant", id, tenant.slug() + " (" + tenant.name() + ")");
        // memberships, invitations and API keys go with it (ON DELETE CASCADE in the schema)
        em.remove(tenant);
    }

    @Override
    public TenantView requireActive(UUID id) {
        Tenant tenant = em.find(Tenant.class, id);
        if (tenant == null) {
            throw MusterException.notFound("Organisation");
        }
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw new MusterException(ErrorCode.TENANT_SUSPENDED, "The organisation is suspended");
        }
        return tenant.view();
    }

    @Override
    public List<UUID> activeIds() {
        return em.createQuery("select t.id from Tenant t where t.status = :active order by t.id", UUID.class)
                .setParameter("active", TenantStatus.ACTIVE).getResultList();
    }

    @Override
    @Authorized(anyUser = true)
    public List<TenantView> mine() {
        Caller caller = callers.caller();
        if (caller.platformAdmin()) {
            return em.createQuery("select t from Tenant t order by t.name", Tenant.class)
                    .getResultStream().map(Tenant::view).toList();
        }
        return em.createQuery("select t from Tenant t where t.id in "
                        + "(select m.tenantId from Membership m where m.user.id = :user) order by t.name", Tenant.class)
                .setParameter("user", caller.id())
                .getResultStream().map(Tenant::view).toList();
    }

    private TenantView changeStatus(UUID id, TenantStatus status) {
        Tenant tenant = find(id);
        if (tenant.status() != status) {
            TenantStatus before = tenant.status();
            tenant.status(status);
            audit.recordIn(id, "tenant." + status.name().toLowerCase(Locale.ROOT), "tenant", id, before + " -> " + status);
            em.flush();
        }
        return tenant.view();
    }

    /** A tenant the caller may see: any for platform administrators, otherwise only their current one. */
    private Tenant visible(UUID id) {
        Caller caller = callers.caller();
        if (!caller.platformAdmin() && !id.equals(caller.tenantId())) {
            throw MusterException.notFound("Organisation");
        }
        return find(id);
    }

    private Tenant find(UUID id) {
        Tenant tenant = em.find(Tenant.class, id);
        if (tenant == null) {
            throw MusterException.notFound("Organisation");
        }
        return tenant;
    }

    public Tenant findBySlug(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }
}
