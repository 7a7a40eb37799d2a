package dev.muster.tokens.provisioning;

import dev.muster.devices.api.DeviceLimits;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.crypto.SecretDigests;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.tokens.api.CreatedProvisioningKey;
import dev.muster.tokens.grants.Grants;
import dev.muster.tokens.api.NewProvisioningKey;
import dev.muster.tokens.api.ProvisioningKeyView;
import dev.muster.tokens.api.ProvisioningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Provisioning keys: {@code mp_<43 characters>} carrying 256 random bits, found by their keyed
 * digest with one indexed lookup (the digest is deterministic, so no prefix search is needed).
 */
@ApplicationScoped
@Transactional
public class ProvisioningKeyVault implements ProvisioningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    SecretDigests digests;

    @Inject
    AuditTrail audit;

    @Inject
    Grants grants;

    @Inject
    Clock clock;

    @Override
    @Authorized(Role.ADMIN)
    public CreatedProvisioningKey create(NewProvisioningKey request) {
        if (request == null) {
            throw MusterException.invalid("name", "must not be blank");
        }
        FieldChecks fields = new FieldChecks();
        String name = fields.line("name", request.name(), 120);
        if (request.name() == null || request.name().isBlank()) {
            fields.fail("name", "must not be blank");
        }
        int limit = request.deviceLimit() == null ? NewProvisioningKey.DEFAULT_DEVICES : request.deviceLimit();
        if (limit < 1 || limit > NewProvisioningKey.MAX_DEVICES) {
            fields.fail("deviceLimit", "must be from 1 to " + NewProvisioningKey.MAX_DEVICES);
        }
        int days = request.expiresInDays() == null ? NewProvisioningKey.DEFAULT_DAYS : request.expiresInDays();
        if (days < 1 || days > NewProvisioningKey.MAX_DAYS) {
            fields.fail("expiresInDays", "must be from 1 to " + NewProvisioningKey.MAX_DAYS);
        }
        String type = fields.line("deviceType", request.deviceType(), DeviceLimits.TYPE);
        String group = fields.line("group", request.group(), DeviceLimits.GROUP);
        fields.verify();
        Instant now = clock.instant();
        String secret = Secrets.token();
        ProvisioningKey key = new ProvisioningKey(name, secret.substring(0, 8), digests.digest(secret), limit,
                now.plus(Duration.ofDays(days)), type, group, callers.caller().name(), now);
        em.persist(key);
        audit.record("provisioning-key.created", "provisioning-key", key.id(), name + ": up to " + limit + " devices, " + days + " days");
        return new CreatedProvisioningKey(key.view(now), ProvisioningKey.MARKER + secret);
    }

    @Override
    @Authorized(Role.ADMIN)
    public Page<ProvisioningKeyView> list(PageRequest page) {
        Instant now = clock.instant();
        var items = em.createQuery("select k from ProvisioningKey k order by k.createdAt desc, k.id", ProvisioningKey.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(k -> k.view(now)).toList();
        long total = em.createQuery("select count(k) from ProvisioningKey k", Long.class).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    public ProvisioningKeyView get(UUID id) {
        return find(id).view(clock.instant());
    }

    @Override
    @Authorized(Role.ADMIN)
    public ProvisioningKeyView revoke(UUID id) {
        ProvisioningKey key = find(id);
        Instant now = clock.instant();
        if (key.revoke(now)) {
            audit.record("provisioning-key.revoked", "provisioning-key", id, key.name());
        }
        return key.view(now);
    }

    /** Whether {@code presented} has the shape of a provisioning key. */
    public static boolean looksLikeKey(String presented) {
        return presented != null && presented.startsWith(ProvisioningKey.MARKER)
                && presented.length() == ProvisioningKey.MARKER.length() + 43;
    }

    /** The key, in whichever tenant: call only inside an operation across tenants. */
    public Optional<ProvisioningKey> find(String presented) {
        if (!looksLikeKey(presented)) {
            return Optional.empty();
        }
        return grants.findByDigest(ProvisioningKey.class, digests.digest(presented.substring(ProvisioningKey.MARKER.length())));
    }

    /** Takes one device slot of the key; see {@link Grants#take}. */
    public boolean take(UUID id, Instant now) {
        return grants.take(ProvisioningKey.class, id, now);
    }

    private ProvisioningKey find(UUID id) {
        return grants.find(ProvisioningKey.class, id, "Provisioning key");
    }
}
