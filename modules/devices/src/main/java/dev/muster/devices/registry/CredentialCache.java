package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceStatus;
import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.messaging.TransactionalSender;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node knows of devices' credentials (tenant, generation, whether active), so checking a
 * device token does not read the database on every heartbeat. Correctness does not rest on expiry:
 * whoever changes a device's credentials calls {@link #changed}, which drops the entry now and again
 * when the transaction ends (so a concurrent read cannot put the old state back), and publishes
 * the device id on the {@code muster.credentials} topic, on which every node drops its entry
 * ({@link CredentialEvictions}). Entries also expire after {@code muster.device-token.cache-seconds}
 * (300: longer than the usual heartbeat interval, or every heartbeat would miss), a bound on what a
 * lost eviction message could leave behind.
 */
@ApplicationScoped
public class CredentialCache {

    private static final int MAX_ENTRIES = 2_000_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.device-token.cache-seconds", defaultValue = "300")
    int cacheSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TransactionalSender sender;

    @Resource(lookup = Messaging.CREDENTIALS_TOPIC)
    Topic topic;

    @PersistenceContext
    EntityManager em;

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    /** A device's credential state as last read. */
    record Entry(UUID tenantId, String key, long generation, boolean active, Instant loadedAt) {
    }

    Optional<Entry> get(UUID device) {
        Entry entry = entries.get(device);
        if (entry == null || entry.loadedAt().plus(Duration.ofSeconds(cacheSeconds)).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /**
     * Reads the device's credential state and remembers it; null for an unknown device. Across
     * tenants: a token check happens before any tenant is known.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @AcrossTenants
    Entry load(UUID device) {
        Device found = em.find(Device.class, device);
        if (found == null) {
            return null;
        }
        Entry entry = new Entry(found.tenantId(), found.key(), found.credentialGeneration(), found.status() == DeviceStatus.ACTIVE,
                clock.instant());
        put(device, entry);
        return entry;
    }

    void put(UUID device, Entry entry) {
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(device, entry);
    }

    /**
     * A device's credentials change in the current transaction: drops its entry on this node, now and
     * when the transaction ends, and tells every node to drop theirs once it commits.
     */
    void changed(UUID device) {
        entries.remove(device);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            sender.send(topic, device.toString(), Map.of());
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    entries.remove(device);
                }
            });
        }
    }

    /** Drops a device's entry because another node changed it. */
    public void evict(UUID device) {
        entries.remove(device);
    }
}
