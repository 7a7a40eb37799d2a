package dev.muster.tenants.users;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.MemberView;
import dev.muster.tenants.api.Members;
import dev.muster.tenants.api.Profile;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.tenants.api.UserStatus;
import dev.muster.tenants.auth.SignInThrottle;
import dev.muster.tenants.registry.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** User accounts, sign-in, and the members of the caller's tenant. */
@ApplicationScoped
@Transactional
public class UserDirectory implements Accounts, Members {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    @Override
    @AcrossTenants
    @Transactional(dontRollbackOn = MusterException.class)
    public Profile authenticate(String email, String password) {
        String account = UserAccount.normalize(email == null ? "" : email);
        String address = callers.clientAddress();
        Optional<Duration> wait = throttle.blocked(account, address);
        if (wait.isPresent()) {
            metrics.counter("muster.signin.throttled").inc();
            audit.recordIn(null, "auth.throttled", "user", account, "sign-in refused: too many failures");
            throw MusterException.throttled(wait.get());
        }
        Optional<UserAccount> user = findByEmail(account);
        if (!hasher.matches(password, user.map(UserAccount::passwordHash).orElse(null))) {
            throttle.failed(account, address);
            metrics.counter("muster.signin.failures").inc();
            audit.recordIn(null, "auth.failed", "user", account, "wrong email or password");
            throw new MusterException(ErrorCode.INVALID_CREDENTIALS, "The email or password is wrong");
        }
        UserAccount found = user.get();
        if (found.status() != UserStatus.ACTIVE) {
            throw new MusterException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
        }
        return profileOf(found);
    }

    @Override
    @AcrossTenants
    public Caller callerFor(UUID userId, UUID tenantId) {
        return callerFor(userId, tenantId, null);
    }

    @Override
    @AcrossTenants
    public Caller callerFor(UUID userId, UUID tenantId, Instant signedInAt) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.status() != UserStatus.ACTIVE) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The account no longer exists or is disabled");
        }
        if (signedInAt != null && user.signedInBeforePasswordChange(signedInAt)) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The password was changed since this sign-in; sign in again");
        }
        Caller caller = new Caller(Caller.Kind.USER, user.id(), user.email(), null, null, user.platformAdmin());
        if (tenantId == null) {
            return caller;
        }
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw MusterException.notFound("Organisation");
        }
        Optional<Membership> membership = membership(tenantId, userId);
        if (membership.isEmpty() && !user.platformAdmin()) {
            throw new MusterException(ErrorCode.FORBIDDEN, "You are not a member of this organisation");
        }
        if (tenant.status() == TenantStatus.SUSPENDED && !user.platformAdmin()) {
            throw new MusterException(ErrorCode.TENANT_SUSPENDED, "The organisation " + tenant.slug() + " is suspended");
        }
        // a platform administrator without a membership acts as the tenant's owner (support access)
        return caller.inTenant(tenantId, membership.map(Membership::role).orElse(Role.OWNER));
    }

    @Override
    @AcrossTenants
    public Profile profile(UUID userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw MusterException.notFound("User");
        }
        return profileOf(user);
    }

    @Override
    @Authorized(anyUser = true)
    @AcrossTenants
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount user = currentUser();
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw new MusterException(ErrorCode.VALIDATION_FAILED, "currentPassword: is not your current password",
                    List.of(new dev.muster.platform.errors.FieldError("currentPassword", "is not your current password")), null);
        }
        PasswordHasher.checkStrength("newPassword", newPassword);
        user.changePassword(hasher.hash(newPassword), clock.instant());
        audit.recordIn(null, "user.password-changed", "user", user.id(), user.email());
    }

    @Override
    @Authorized(anyUser = true)
    @AcrossTenants
    public Profile updateDisplayName(String displayName) {
        UserAccount user = currentUser();
        String name = checkDisplayName(displayName);
        String before = user.displayName();
        user.rename(name);
        audit.recordIn(null, "user.renamed", "user", user.id(), before + " -> " + name);
        return profileOf(user);
    }

    @Override
    @Authorized(Role.VIEWER)
    public Page<MemberView> list(String text, PageRequest page) {
        String filter = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        String where = filter == null ? "" : " where lower(m.user.email) like :text or lower(m.user.displayName) like :text";
        var select = em.createQuery("select m from Membership m join fetch m.user" + where
                + " order by m.user.email", Membership.class);
        var count = em.createQuery("select count(m) from Membership m" + where, Long.class);
        if (filter != null) {
            select.setParameter("text", filter);
            count.setParameter("text", filter);
        }
        List<MemberView> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(UserDirectory::memberView).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    public MemberView changeRole(UUID userId, Role role) {
        if (role == null) {
            throw MusterException.invalid("role", "must be one of VIEWER, OPERATOR, ADMIN, OWNER");
        }
        Membership membership = memberOfCurrentTenant(userId);
        Caller caller = callers.caller();
        if ((role == Role.OWNER || membership.role() == Role.OWNER) && !caller.has(Role.OWNER)) {
            throw new MusterException(ErrorCode.FORBIDDEN, "Only an owner can grant or take the owner role");
        }
        if (membership.role() == Role.OWNER && role != Role.OWNER) {
            requireAnotherOwner();
        }
        Role before = membership.role();
        membership.role(role);
        audit.record("member.role-changed", "user", userId, membership.user().email() + ": " + before + " -> " + role);
        return memberView(membership);
    }

    @Override
    @Authorized(Role.ADMIN)
    public void remove(UUID userId) {
        Membership membership = memberOfCurrentTenant(userId);
        if (membership.role() == Role.OWNER) {
            if (!callers.caller().has(Role.OWNER)) {
                throw new MusterException(ErrorCode.FORBIDDEN, "Only an owner can remove an owner");
            }
            requireAnotherOwner();
        }
        em.remove(membership);
        audit.record("member.removed", "user", userId, membership.user().email() + " (" + membership.role() + ")");
    }

    /** Finds an account by email, any tenant. */
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalize(email))
                .getResultStream().findFirst();
    }

    Optional<Membership> membership(UUID tenantId, UUID userId) {
        return em.createQuery("select m from Membership m where m.tenantId = :tenant and m.user.id = :user", Membership.class)
                .setParameter("tenant", tenantId)
                .setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public static String checkDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > Limits.NAME) {
            throw MusterException.invalid("displayName", "must be 1 to " + Limits.NAME + " characters");
        }
        return name;
    }

    private UserAccount currentUser() {
        Caller caller = callers.caller();
        UserAccount user = caller.kind() == Caller.Kind.USER ? em.find(UserAccount.class, caller.id()) : null;
        if (user == null) {
            throw new MusterException(ErrorCode.FORBIDDEN, "Only a signed-in user has a profile");
        }
        return user;
    }

    private Membership memberOfCurrentTenant(UUID userId) {
        return em.createQuery("select m from Membership m join fetch m.user where m.user.id = :user", Membership.class)
                .setParameter("user", userId)
                .getResultStream().findFirst()
                .orElseThrow(() -> MusterException.notFound("Member"));
    }

    private void requireAnotherOwner() {
        long owners = em.createQuery("select count(m) from Membership m where m.role = :owner", Long.class)
                .setParameter("owner", Role.OWNER).getSingleResult();
        if (owners <= 1) {
            throw new MusterException(ErrorCode.CONFLICT, "An organisation needs at least one owner");
        }
    }

    private Profile profileOf(UserAccount user) {
        List<Profile.Membership> memberships = em.createQuery(
                        "select m, t from Membership m, Tenant t where m.tenantId = t.id and m.user.id = :user order by t.name",
                        Object[].class)
                .setParameter("user", user.id())
                .getResultStream()
                .map(row -> {
                    Membership m = (Membership) row[0];
                    Tenant t = (Tenant) row[1];
                    return new Profile.Membership(t.id(), t.slug(), t.name(), m.role(), t.status());
                })
                .toList();
        return new Profile(user.id(), user.email(), user.displayName(), user.platformAdmin(), memberships);
    }

    static MemberView memberView(Membership m) {
        return new MemberView(m.user().id(), m.user().email(), m.user().displayName(), m.role(), m.user().status(),
                m.createdAt());
    }
}
