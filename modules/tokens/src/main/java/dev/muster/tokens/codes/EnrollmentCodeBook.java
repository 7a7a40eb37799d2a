package dev.muster.tokens.codes;

import dev.muster.devices.api.DeviceLimits;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.crypto.SecretDigests;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.tokens.api.CreatedEnrollmentCode;
import dev.muster.tokens.api.EnrollmentCodeView;
import dev.muster.tokens.api.EnrollmentCodes;
import dev.muster.tokens.api.EnrollmentUse;
import dev.muster.tokens.api.GrantStatus;
import dev.muster.tokens.api.NewEnrollmentCode;
import dev.muster.tokens.enrollment.EnrollmentHistory;
import dev.muster.tokens.grants.Grants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Enrollment codes: created, listed and revoked by a tenant's OWNERs and ADMINs; found and burned by
 * an enrollment. A new code is drawn until its digest is unused (the code space is shared by all
 * tenants, since a device sends only the code).
 */
@ApplicationScoped
@Transactional
public class EnrollmentCodeBook implements EnrollmentCodes {

    private static final Pattern DEVICE_KEY = Pattern.compile(DeviceLimits.KEY_PATTERN);
    private static final int DRAWS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    SecretDigests digests;

    @Inject
    EnrollmentHistory history;

    @Inject
    Grants grants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @Authorized(Role.ADMIN)
    public CreatedEnrollmentCode create(NewEnrollmentCode request) {
        NewEnrollmentCode r = request == null
                ? new NewEnrollmentCode(null, null, null, null, null, null, null, null) : request;
        FieldChecks fields = new FieldChecks();
        int maxUses = r.maxUses() == null ? 1 : r.maxUses();
        if (maxUses < 1 || maxUses > NewEnrollmentCode.MAX_USES) {
            fields.fail("maxUses", "must be from 1 to " + NewEnrollmentCode.MAX_USES);
        }
        int hours = r.expiresInHours() == null ? NewEnrollmentCode.DEFAULT_HOURS : r.expiresInHours();
        if (hours < 1 || hours > NewEnrollmentCode.MAX_HOURS) {
            fields.fail("expiresInHours", "must be from 1 to " + NewEnrollmentCode.MAX_HOURS + " (30 days)");
        }
        EnrollmentCode.Binding binding = new EnrollmentCode.Binding(
                fields.matching("deviceKey", r.deviceKey(), DeviceLimits.KEY, DEVICE_KEY,
                        "must be 1 to " + DeviceLimits.KEY + " letters, digits or . _ : @ - and start with a letter or digit"),
                fields.line("deviceName", r.deviceName(), DeviceLimits.NAME),
                fields.line("deviceType", r.deviceType(), DeviceLimits.TYPE),
                fields.line("group", r.group(), DeviceLimits.GROUP),
                Optional.ofNullable(fields.labels("tags", r.tags(), DeviceLimits.TAGS, DeviceLimits.TAG_VALUE)).orElse(Map.of()));
        String note = fields.paragraph("note", r.note(), NewEnrollmentCode.NOTE);
        fields.verify();
        Instant now = clock.instant();
        String code = null;
        String digest = null;
        for (int draw = 0; draw < DRAWS && code == null; draw++) {
            String candidate = CodeFormat.generate();
            String candidateDigest = digests.digest(candidate);
            if (!taken(candidateDigest)) {
                code = candidate;
                digest = candidateDigest;
            }
        }
        if (code == null) {
            throw new IllegalStateException("No free enrollment code in " + DRAWS + " draws; old codes need purging");
        }
        EnrollmentCode stored = new EnrollmentCode(digest, maxUses, now.plus(Duration.ofHours(hours)), binding, note,
                callers.caller().name(), now);
        em.persist(stored);
        audit.record("enrollment-code.created", "enrollment-code", stored.id(), maxUses + " use(s), expires in " + hours + " h"
                + (binding.deviceKey() == null ? "" : ", bound to device key " + binding.deviceKey()));
        return new CreatedEnrollmentCode(stored.view(now, List.of()), code);
    }

    @Override
    @Authorized(Role.ADMIN)
    public Page<EnrollmentCodeView> list(GrantStatus status, PageRequest page) {
        Instant now = clock.instant();
        String where = switch (status == null ? "" : status.name()) {
            case "ACTIVE" -> " where c.revokedAt is null and c.uses < c.maxUses and c.expiresAt > :now";
            case "USED_UP" -> " where c.revokedAt is null and c.uses >= c.maxUses";
            case "EXPIRED" -> " where c.revokedAt is null and c.uses < c.maxUses and c.expiresAt <= :now";
            case "REVOKED" -> " where c.revokedAt is not null";
            default -> "";
        };
        TypedQuery<EnrollmentCode> select = em.createQuery("select c from EnrollmentCode c" + where
                + " order by c.createdAt desc, c.id", EnrollmentCode.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from EnrollmentCode c" + where, Long.class);
        if (where.contains(":now")) {
            select.setParameter("now", now);
            count.setParameter("now", now);
        }
        List<EnrollmentCode> codes = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<UUID, List<EnrollmentUse>> uses = history.of(codes.stream().map(EnrollmentCode::id).toList());
        return new Page<>(codes.stream().map(c -> c.view(now, uses.getOrDefault(c.id(), List.of()))).toList(),
                count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    @Authorized(Role.ADMIN)
    public EnrollmentCodeView get(UUID id) {
        EnrollmentCode code = find(id);
        return code.view(clock.instant(), history.of(List.of(id)).getOrDefault(id, List.of()));
    }

    @Override
    @Authorized(Role.ADMIN)
    public EnrollmentCodeView revoke(UUID id) {
        EnrollmentCode code = find(id);
        Instant now = clock.instant();
        if (code.revoke(now)) {
            audit.record("enrollment-code.revoked", "enrollment-code", id, "revoked");
        }
        return code.view(now, history.of(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Whether any tenant has a code with this digest (native SQL: the tenant filter must not apply). */
    private boolean taken(String digest) {
        Number found = (Number) em.createNativeQuery("select count(*) from enrollment_code where code_digest = ?1")
                .setParameter(1, digest).getSingleResult();
        return found.longValue() > 0;
    }

    /** The code with this digest, in whichever tenant: call only inside an operation across tenants. */
    public Optional<EnrollmentCode> findByDigest(String digest) {
        return grants.findByDigest(EnrollmentCode.class, digest);
    }

    /** Takes one use of the code; see {@link Grants#take}. */
    public boolean burn(UUID id, Instant now) {
        return grants.take(EnrollmentCode.class, id, now);
    }

    private EnrollmentCode find(UUID id) {
        return grants.find(EnrollmentCode.class, id, "Enrollment code");
    }
}
