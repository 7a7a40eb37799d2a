package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceConfig;
import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.SshKeyView;
import dev.muster.devices.sshkeys.InvalidSshKeyException;
import dev.muster.devices.sshkeys.SshPublicKey;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a device may do with its own record, authenticated by its device token: read it, report
 * what it knows about itself, publish its SSH public key, read the tenant's SSH host keys and its
 * configuration. Reported info is not audited (devices report often); SSH key changes are.
 */
@ApplicationScoped
@Transactional
@Authorized(device = true)
public class OwnDevice {

    static final int API_VERSION = 1;

    @Inject
    CallerContext callers;

    @Inject
    DeviceStore store;

    @Inject
    TenantCatalog tenants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.device-token.lifetime-minutes", defaultValue = "1440")
    int tokenLifetimeMinutes;

    public DeviceView me() {
        return self().view();
    }

    public DeviceView report(DeviceInfo reported) {
        DeviceFields fields = new DeviceFields();
        DeviceInfo info = fields.info("", reported);
        fields.verify();
        Device device = self();
        device.report(info, clock.instant());
        store.flush();
        return device.view();
    }

    public SshKeyView publishSshKey(String line) {
        SshPublicKey key;
        try {
            key = SshPublicKey.parse(line);
        } catch (InvalidSshKeyException e) {
            throw MusterException.invalid("publicKey", e.getMessage());
        }
        Device device = self();
        Instant now = clock.instant();
        SshKeyView before = device.sshKey().view();
        if (!Objects.equals(before.fingerprint(), key.fingerprint()) || !Objects.equals(before.comment(), key.comment())) {
            device.publishSshKey(DeviceSshKey.of(key, now), now);
            audit.record("device.ssh-key-published", "device", device.id(), device.label() + ": " + key.algorithm() + " "
                    + key.bits() + " " + key.fingerprint());
            store.flush();
        }
        return device.sshKey().view();
    }

    public void removeSshKey() {
        Device device = self();
        if (!device.sshKey().isEmpty()) {
            device.publishSshKey(DeviceSshKey.none(), clock.instant());
            audit.record("device.ssh-key-removed", "device", device.id(), device.label());
        }
    }

    public String sshHostKeys() {
        return store.hostKeys().map(SshHostKeySet::text).orElse("");
    }

    public DeviceConfig config() {
        TenantSettings settings = tenants.requireActive(callers.caller().tenantId()).settings();
        int interval = settings.heartbeatIntervalSeconds();
        return new DeviceConfig(API_VERSION, interval, interval * settings.offlineAfterMissedHeartbeats(),
                settings.staleAfterHours() * 3600, tokenLifetimeMinutes * 60,
                List.of("reported-info", "ssh-keys", "ssh-host-keys"));
    }

    private Device self() {
        return store.find(callers.caller().id());
    }
}
