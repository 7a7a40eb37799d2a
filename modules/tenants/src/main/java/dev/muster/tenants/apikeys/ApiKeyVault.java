package dev.muster.tenants.apikeys;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.ApiKeyVerifier;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.ApiKeyScope;
import dev.muster.tenants.api.ApiKeyView;
import dev.muster.tenants.api.ApiKeys;
import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.TenantStatus;
import dev.muster.platform.crypto.Secrets;
import dev.muster.tenants.registry.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys: {@code mk_<prefix>_<secret>}, where the 11-character prefix finds the row and the
 * 43-character secret (256 bits) is checked against its SHA-256 digest in constant time.
 * {@code last_used_at} is written at most once a minute per key, so busy keys do not turn every
 * read into a write.
 */
@ApplicationScoped
@Transactional
public class ApiKeyVault implements ApiKeys, ApiKeyVerifier {

    static final String KEY_MARKER = "mk_";
    private static final int PREFIX_LENGTH = 11;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @Authorized(Role.ADMIN)
    public CreatedApiKey create(String name, ApiKeyScope scope) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Limits.NAME) {
            throw MusterException.invalid("name", "must be 1 to " + Limits.NAME + " characters");
        }
        if (scope == null) {
            throw MusterException.invalid("scope", "must be READ_ONLY or ADMIN");
        }
        String prefix = Secrets.random(8);
        String secret = Secrets.token();
        ApiKey key = new ApiKey(trimmed, scope, prefix, Secrets.sha256(secret), callers.caller().name(), clock.instant());
        em.persist(key);
        audit.record("api-key.created", "api-key", key.id(), trimmed + " (" + scope + ")");
        return new CreatedApiKey(key.view(), KEY_MARKER + prefix + "_" + secret);
    }

    @Override
    @Authorized(Role.ADMIN)
    public Page<ApiKeyView> list(PageRequest page) {
        List<ApiKeyView> items = em.createQuery("select k from ApiKey k order by k.revokedAt nulls first, k.createdAt desc", ApiKey.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(ApiKey::view).toList();
        long total = em.createQuery("select count(k) from ApiKey k", Long.class).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    public void revoke(UUID id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null || !key.tenantId().equals(callers.caller().tenantId())) {
            throw MusterException.notFound("API key");
        }
        if (!key.revoked()) {
            key.revoke(clock.instant());
            audit.record("api-key.revoked", "api-key", id, key.name());
        }
    }

    /** The caller an API key stands for, if it is valid, unrevoked and its tenant active. */
    @Override
    @AcrossTenants
    public Optional<Caller> verify(String presented) {
        if (presented == null || !presented.startsWith(KEY_MARKER)
                || presented.length() != KEY_MARKER.length() + PREFIX_LENGTH + 1 + 43) {
            return Optional.empty();
        }
        String prefix = presented.substring(KEY_MARKER.length(), KEY_MARKER.length() + PREFIX_LENGTH);
        String secret = presented.substring(KEY_MARKER.length() + PREFIX_LENGTH + 1);
        Optional<ApiKey> found = em.createQuery("select k from ApiKey k where k.prefix = :prefix", ApiKey.class)
                .setParameter("prefix", prefix).getResultStream().findFirst();
        if (found.isEmpty() || found.get().revoked() || !Secrets.sameDigest(found.get().secretHash(), Secrets.sha256(secret))) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        Tenant tenant = em.find(Tenant.class, key.tenantId());
        if (tenant == null) {
            return Optional.empty();
        }
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw new MusterException(ErrorCode.TENANT_SUSPENDED, "The organisation " + tenant.slug() + " is suspended");
        }
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            key.used(now);
        }
        return Optional.of(new Caller(Caller.Kind.API_KEY, key.id(), "api-key:" + key.name(), key.tenantId(),
                key.scope().role(), false));
    }
}
