package dev.muster.tokens.enrollment;

import dev.muster.devices.api.DeviceCredentials;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.platform.crypto.SecretDigests;
import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.tenancy.AcrossTenants;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import dev.muster.tokens.api.GrantStatus;
import dev.muster.tokens.codes.CodeFormat;
import dev.muster.tokens.codes.EnrollmentCode;
import dev.muster.tokens.codes.EnrollmentCodeBook;
import dev.muster.tokens.devicetokens.DeviceTokenIssuer;
import dev.muster.tokens.grants.EnrollmentGrant;
import dev.muster.tokens.provisioning.ProvisioningKey;
import dev.muster.tokens.provisioning.ProvisioningKeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One enrollment, in one transaction: find the code or key, check it, create the device (or give a
 * wiped one new credentials), record which device used it, issue the first device token, and take
 * one use of the code or key. Any refusal rolls all of it back, so a refused enrollment burns no use and
 * leaves no device behind. Runs across tenants: the tenant is the code's.
 */
@ApplicationScoped
@Transactional
@AcrossTenants
public class Enrollments {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrollmentCodeBook codes;

    @Inject
    ProvisioningKeyVault keys;

    @Inject
    DeviceCredentials devices;

    @Inject
    TenantCatalog tenants;

    @Inject
    DeviceTokenIssuer tokens;

    @Inject
    SecretDigests digests;

    @Inject
    CallerContext callers;

    @Inject
    EnrollmentThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.enrollment.retry-minutes", defaultValue = "15")
    int retryMinutes;

    EnrollResponse enroll(EnrollRequest request, Attempt attempt) {
        Instant now = clock.instant();
        Grant grant = request.code() != null ? codeGrant(request.code(), attempt) : keyGrant(request.provisioningKey(), attempt);
        TenantView tenant = tenants.requireActive(grant.tenantId());
        throttle.blockedTenant(tenant.id()).ifPresent(wait -> {
            throw MusterException.throttled(wait);
        });
        if (grant.binding().deviceKey() != null && request.deviceKey() != null
                && !grant.binding().deviceKey().equals(request.deviceKey().strip())) {
            attempt.counts();
            throw new MusterException(ErrorCode.INVALID_ENROLLMENT_CODE, "This code is for another device");
        }
        DeviceCredentials.Enrollee enrollee = new Wanted(request, grant.binding()).enrollee();
        boolean retry = isRetry(tenant.id(), enrollee.key(), grant, now);
        GrantStatus status = grant.status(now);
        if (!(retry && status == GrantStatus.USED_UP)) {
            refuseUnusable(status, grant.what(), attempt);
        }
        DeviceCredentials.EnrolledDevice device = devices.enroll(tenant.id(), enrollee, grant.via(),
                retry || grant.binding().deviceKey() != null);
        em.persist(new EnrollmentRecord(tenant.id(), grant.id(), device.id(), device.key(), device.replaced(),
                callers.clientAddress(), now));
        TokenSigner.IssuedToken token = tokens.issue(device.id(), device.key(), tenant.id(), device.generation());
        // The use is taken last: its conditional UPDATE locks the code's row until commit, and every
        // enrollment with the same code or key queues on that lock, so nothing slow may follow it.
        if (!retry && !(grant.code() ? codes.burn(grant.id(), now) : keys.take(grant.id(), now))) {
            // lost a race for the last use to a concurrent enrollment: not a guess, so not counted
            throw new MusterException(ErrorCode.USED_UP, grant.what() + " was used up a moment ago");
        }
        return new EnrollResponse(device.id(), device.key(), tenant.slug(), device.secret(), token.token(), token.expiresAt(),
                tenant.settings().heartbeatIntervalSeconds(), device.replaced());
    }

    /**
     * Whether this is a device repeating its own enrollment, because the answer was lost on the way
     * (agents are unreliable and networks worse): the device key enrolled with this very code or key
     * a short while ago. A retry gets new credentials (the lost ones stop working) without spending
     * another use, so a single-use code is not wasted by a dropped connection.
     */
    private boolean isRetry(UUID tenant, String deviceKey, Grant grant, Instant now) {
        if (deviceKey == null) {
            return false;
        }
        return devices.enrollment(tenant, deviceKey.strip())
                .filter(e -> e.status() == DeviceStatus.ACTIVE && grant.via().equals(e.enrolledVia()))
                .filter(e -> e.enrolledAt() != null && e.enrolledAt().isAfter(now.minus(Duration.ofMinutes(retryMinutes))))
                .isPresent();
    }

    private Grant codeGrant(String typed, Attempt attempt) {
        String code = CodeFormat.normalize(typed).orElseThrow(() -> MusterException.invalid("code",
                "must be " + CodeFormat.LENGTH + " characters from " + CodeFormat.ALPHABET + " (no 0, O, 1, I or L)"));
        attempt.unknownCode();
        EnrollmentCode found = codes.findByDigest(digests.digest(code)).orElseThrow(() ->
                new MusterException(ErrorCode.INVALID_ENROLLMENT_CODE, "The enrollment code is not valid"));
        attempt.tenant(found.tenantId());
        return new Grant(found, "code:", "The enrollment code", found.binding());
    }

    private Grant keyGrant(String presented, Attempt attempt) {
        if (!ProvisioningKeyVault.looksLikeKey(presented == null ? null : presented.strip())) {
            throw MusterException.invalid("provisioningKey", "must be mp_ followed by 43 characters");
        }
        attempt.unknownKey();
        ProvisioningKey found = keys.find(presented.strip()).orElseThrow(() ->
                new MusterException(ErrorCode.INVALID_ENROLLMENT_CODE, "The provisioning key is not valid"));
        attempt.tenant(found.tenantId());
        return new Grant(found, "provisioning-key:", "The provisioning key",
                new EnrollmentCode.Binding(null, null, found.deviceType(), found.group(), Map.of()));
    }

    private static void refuseUnusable(GrantStatus status, String what, Attempt attempt) {
        switch (status) {
            case ACTIVE -> {
            }
            case USED_UP -> {
                // a real code, spent: trying it again reveals nothing and is not a guess, so it is not counted
                throw new MusterException(ErrorCode.USED_UP, what + " is used up");
            }
            case EXPIRED -> {
                attempt.counts();
                throw new MusterException(ErrorCode.EXPIRED, what + " has expired");
            }
            case REVOKED -> {
                attempt.counts();
                throw new MusterException(ErrorCode.REVOKED, what + " was revoked");
            }
        }
    }

    /** The code or key an enrollment uses, with what it gives the device. */
    private record Grant(EnrollmentGrant entity, String prefix, String what, EnrollmentCode.Binding binding) {

        UUID id() { return entity.id(); }
        UUID tenantId() { return entity.tenantId(); }
        boolean code() { return entity instanceof EnrollmentCode; }
        GrantStatus status(Instant now) { return entity.status(now); }

        /** How the device enrolled, as the registry records it. */
        String via() { return prefix + entity.id(); }
    }

    /** What the device gets: the code's binding wins over what the device asks for. */
    private record Wanted(EnrollRequest request, EnrollmentCode.Binding binding) {

        DeviceCredentials.Enrollee enrollee() {
            return new DeviceCredentials.Enrollee(
                    binding.deviceKey() != null ? binding.deviceKey() : request.deviceKey(),
                    binding.deviceName() != null ? binding.deviceName() : request.name(),
                    binding.deviceType() != null ? binding.deviceType() : request.type(),
                    binding.group(), binding.tags(), request.info());
        }
    }

    /**
     * What the enrollment desk needs to know about a refused attempt: the tenant it was against
     * (when the code or key was found) and whether it counts as a failed guess.
     */
    static final class Attempt {

        private UUID tenant;
        private boolean unknownCode;
        private boolean failure;

        void unknownCode() {
            this.unknownCode = true;
            this.failure = true;
        }

        void unknownKey() {
            this.failure = true;
        }

        void tenant(UUID found) {
            this.tenant = found;
            this.unknownCode = false;
            this.failure = false;
        }

        void counts() {
            this.failure = true;
        }

        UUID tenant() { return tenant; }
        boolean isUnknownCode() { return unknownCode; }
        boolean isFailure() { return failure; }
    }
}
