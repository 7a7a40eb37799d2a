package dev.muster.tenants.invitations;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.mail.MailMessage;
import dev.muster.platform.mail.Outbox;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.InvitationView;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.Profile;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.platform.crypto.Secrets;
import dev.muster.tenants.registry.Tenant;
import dev.muster.tenants.users.Membership;
import dev.muster.tenants.users.PasswordHasher;
import dev.muster.tenants.users.UserAccount;
import dev.muster.tenants.users.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Invitations into a tenant. The invitation mail is queued through the {@link Outbox} in the same
 * transaction as the invitation row. Its link puts the token in the URL fragment, which browsers
 * never send to the server, so the token does not reach access logs or proxies.
 */
@ApplicationScoped
@Transactional
public class InvitationBook implements Invitations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "muster.invitations.valid-hours", defaultValue = "72")
    int validHours;

    @Override
    @Authorized(Role.ADMIN)
    @AcrossTenants
    public InvitationView invite(String email, Role role) {
        Caller caller = callers.caller();
        if (role == null) {
            throw MusterException.invalid("role", "must be one of VIEWER, OPERATOR, ADMIN, OWNER");
        }
        if (role == Role.OWNER && !caller.has(Role.OWNER)) {
            throw new MusterException(ErrorCode.FORBIDDEN, "Only an owner can invite another owner");
        }
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        return inviteInto(tenant, email, role);
    }

    /** Invites into an explicit tenant; for tenant creation, inside an {@link AcrossTenants} call. */
    public InvitationView inviteInto(Tenant tenant, String email, Role role) {
        String address = UserAccount.normalize(email);
        if (address == null || address.length() > Limits.EMAIL || !EMAIL.matcher(address).matches()) {
            throw MusterException.invalid("email", "must be a well-formed email address");
        }
        var existing = users.findByEmail(address);
        if (existing.isPresent() && isMember(tenant.id(), existing.get().id())) {
            throw MusterException.duplicate("email", address + " is already a member");
        }
        String token = Secrets.token();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(tenant.id(), address, role, Secrets.sha256(token),
                callers.caller().name(), now, now.plus(Duration.ofHours(validHours)));
        em.persist(invitation);
        outbox.send(new MailMessage(address, "You are invited to " + tenant.name() + " on Muster",
                "Hello,\n\n" + callers.caller().name() + " invites you to join " + tenant.name()
                        + " on Muster as " + role + ".\n\nAccept the invitation here (valid for " + validHours + " hours, usable once):\n"
                        + publicUrl + "/invitation.xhtml#" + token + "\n\nIf you did not expect this mail, ignore it.\n"));
        audit.recordIn(tenant.id(), "user.invited", "invitation", invitation.id(), address + " as " + role);
        return invitation.view(now);
    }

    @Override
    @Authorized(Role.ADMIN)
    public Page<InvitationView> list(PageRequest page) {
        Instant now = clock.instant();
        List<InvitationView> items = em.createQuery("select i from Invitation i order by i.createdAt desc", Invitation.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(i -> i.view(now)).toList();
        long total = em.createQuery("select count(i) from Invitation i", Long.class).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    public long countPending() {
        return em.createQuery("select count(i) from Invitation i where i.acceptedAt is null and i.revokedAt is null"
                        + " and i.expiresAt > :now", Long.class)
                .setParameter("now", clock.instant())
                .getSingleResult();
    }

    @Override
    @Authorized(Role.ADMIN)
    public void revoke(UUID invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.tenantId().equals(callers.caller().tenantId())) {
            throw MusterException.notFound("Invitation");
        }
        if (invitation.status(clock.instant()) == InvitationView.Status.PENDING) {
            invitation.revoke(clock.instant());
            audit.record("invitation.revoked", "invitation", invitationId, invitation.email());
        }
    }

    @Override
    @AcrossTenants
    public InvitationPreview preview(String token) {
        Invitation invitation = pending(token);
        Tenant tenant = em.find(Tenant.class, invitation.tenantId());
        return new InvitationPreview(invitation.email(), tenant.name(), invitation.role(),
                users.findByEmail(invitation.email()).isPresent());
    }

    @Override
    @AcrossTenants
    public Profile accept(String token, String displayName, String password) {
        Invitation invitation = pending(token);
        Tenant tenant = em.find(Tenant.class, invitation.tenantId());
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw new MusterException(ErrorCode.TENANT_SUSPENDED, "The organisation is suspended");
        }
        Instant now = clock.instant();
        UserAccount user = users.findByEmail(invitation.email()).orElse(null);
        if (user == null) {
            PasswordHasher.checkStrength("password", password);
            user = new UserAccount(invitation.email(), UserDirectory.checkDisplayName(displayName), hasher.hash(password), false, now);
            em.persist(user);
        } else if (!hasher.matches(password, user.passwordHash())) {
            throw MusterException.invalid("password", "is not the password of your existing account");
        }
        if (!isMember(tenant.id(), user.id())) {
            em.persist(new Membership(tenant.id(), user, invitation.role(), now));
        }
        invitation.accept(now);
        audit.recordIn(tenant.id(), "invitation.accepted", "user", user.id(), user.email() + " as " + invitation.role());
        em.flush();
        return users.profile(user.id());
    }

    private Invitation pending(String token) {
        if (token == null || token.isBlank()) {
            throw new MusterException(ErrorCode.INVALID_TOKEN, "This invitation link is not valid");
        }
        Invitation invitation = em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", Secrets.sha256(token.trim()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new MusterException(ErrorCode.INVALID_TOKEN, "This invitation link is not valid"));
        return switch (invitation.status(clock.instant())) {
            case PENDING -> invitation;
            case EXPIRED -> throw new MusterException(ErrorCode.EXPIRED, "This invitation has expired; ask for a new one");
            case ACCEPTED, REVOKED -> throw new MusterException(ErrorCode.INVALID_TOKEN, "This invitation was already used or revoked");
        };
    }

    private boolean isMember(UUID tenantId, UUID userId) {
        return em.createQuery("select count(m) from Membership m where m.tenantId = :tenant and m.user.id = :user", Long.class)
                .setParameter("tenant", tenantId).setParameter("user", userId).getSingleResult() > 0;
    }
}
