package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceCredentials;
import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.crypto.SecretDigests;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Caller;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Device secrets and the checks behind device tokens. A secret is 256 random bits, stored as its
 * keyed digest ({@link SecretDigests}); with that much entropy a fast keyed hash is as safe as a
 * slow one and costs microseconds per check, which matters for a fleet's token refreshes. Every
 * check names the device's tenant explicitly: these calls come before any tenant is known.
 */
@ApplicationScoped
public class DeviceCredentialVault implements DeviceCredentials {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeviceStore store;

    @Inject
    SecretDigests digests;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CredentialCache cache;

    @Inject
    ActiveTenants activeTenants;

    @Override
    @Transactional
    @AcrossTenants
    public EnrolledDevice enroll(UUID tenantId, Enrollee enrollee, String via, boolean mayReplace) {
        DeviceFields fields = new DeviceFields();
        String key = fields.key("deviceKey", enrollee.key());
        String name = fields.line("name", enrollee.name(), DeviceLimits.NAME);
        String type = fields.line("type", enrollee.type(), DeviceLimits.TYPE);
        String group = fields.line("group", enrollee.group(), DeviceLimits.GROUP);
        Map<String, String> tags = fields.labels("tags", enrollee.tags(), DeviceLimits.TAGS, DeviceLimits.TAG_VALUE);
        DeviceInfo info = fields.info("info", enrollee.info());
        fields.verify();
        Instant now = clock.instant();
        Optional<Device> existing = key == null ? Optional.empty() : store.findByKey(tenantId, key);
        Device device;
        if (existing.isPresent()) {
            device = existing.get();
            if (device.status() == DeviceStatus.REVOKED) {
                throw new MusterException(ErrorCode.ALREADY_ENROLLED, "The device " + key + " is revoked and cannot enroll again");
            }
            if (device.status() == DeviceStatus.ACTIVE && !mayReplace) {
                throw new MusterException(ErrorCode.ALREADY_ENROLLED, "The device key " + key
                        + " is already enrolled and active; an admin can reset it, or enroll it with a code bound to its key");
            }
        } else {
            device = new Device(tenantId, key == null ? store.newKey() : key, now);
            store.requireFreeKey(tenantId, device.key());
        }
        if (name != null && !name.equals(device.name())) {
            store.requireFreeName(tenantId, name, device.id());
            device.rename(name, now);
        }
        if (type != null || group != null) {
            device.classify(type != null ? type : device.type(), group != null ? group : device.group(), now);
        }
        if (tags != null && !tags.isEmpty()) {
            Map<String, String> merged = new TreeMap<>(device.tags());
            merged.putAll(tags);
            device.replaceTags(merged, now);
        }
        device.report(info, now);
        if (existing.isPresent()) {
            // only an existing device can have cached credentials; a new one costs no message
            cache.changed(device.id());
        }
        String secret = Secrets.token();
        device.issueCredentials(digests.digest(secret), via, true, now);
        if (existing.isPresent()) {
            store.flush();
            audit.recordIn(tenantId, "device.re-enrolled", "device", device.id(),
                    device.label() + " via " + via + ": old secret and tokens revoked");
        } else {
            store.persist(device, now);
            audit.recordIn(tenantId, "device.enrolled", "device", device.id(), device.label() + " via " + via);
        }
        return new EnrolledDevice(device.id(), device.key(), tenantId, secret, device.credentialGeneration(), existing.isPresent());
    }

    @Override
    @Transactional
    @AcrossTenants
    public Optional<EnrollmentState> enrollment(UUID tenantId, String key) {
        return store.findByKey(tenantId, key).map(Device::enrollmentState);
    }

    @Override
    @Transactional
    @AcrossTenants
    public Optional<DeviceCredential> verifySecret(UUID deviceId, String secret) {
        Device device = deviceId == null ? null : em.find(Device.class, deviceId);
        if (device == null || device.status() != DeviceStatus.ACTIVE || device.secretDigest() == null
                || !digests.matches(secret, device.secretDigest())) {
            return Optional.empty();
        }
        return Optional.of(new DeviceCredential(device.id(), device.tenantId(), device.key(), device.credentialGeneration()));
    }

    /**
     * Runs on every device request, so it has no interceptors of its own (a transaction and the
     * tenant scope cost more than the check): a cached entry decides; only a miss reads the
     * database, through {@link CredentialCache#load}.
     */
    @Override
    public Caller verifyToken(UUID deviceId, UUID tenantId, long generation) {
        CredentialCache.Entry entry = cache.get(deviceId).orElseGet(() -> cache.load(deviceId));
        if (entry == null || !entry.tenantId().equals(tenantId) || !entry.active() || entry.generation() != generation) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED,
                    "The device token is no longer valid: the device was revoked, reset or given new credentials");
        }
        activeTenants.settings(tenantId);
        return new Caller(Caller.Kind.DEVICE, deviceId, "device:" + entry.key(), tenantId, null, false);
    }
}
