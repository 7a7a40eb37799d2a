package dev.muster.devices.registry;

import dev.muster.devices.presence.DevicePresence;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.errors.MusterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Finding and storing devices, for the registry's controls. Uniqueness of keys and names is checked
 * up front for a friendly answer, and enforced by the database's unique constraints for the race the
 * check cannot see: two requests creating the same name at once get one device and one 409.
 * Queries run in the current tenant scope; uniqueness checks name the tenant explicitly,
 * because an enrollment runs across tenants.
 */
@ApplicationScoped
public class DeviceStore {

    @PersistenceContext
    EntityManager em;

    Device find(UUID id) {
        Device device = id == null ? null : em.find(Device.class, id);
        if (device == null) {
            throw MusterException.notFound("Device");
        }
        return device;
    }

    List<Device> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Device d where d.id in :ids order by d.sortKey, d.id", Device.class)
                .setParameter("ids", ids).getResultList();
    }

    Optional<Device> findByKey(UUID tenant, String key) {
        return em.createQuery("select d from Device d where d.tenantId = :tenant and d.key = :key", Device.class)
                .setParameter("tenant", tenant).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** A key for a device that did not bring its own: 128 random bits, lower-case. */
    String newKey() {
        return "m-" + Secrets.random(16).toLowerCase(Locale.ROOT).replace('_', 'x').replace('-', 'y');
    }

    void requireFreeKey(UUID tenant, String key) {
        long taken = em.createQuery("select count(d) from Device d where d.tenantId = :tenant and d.key = :key", Long.class)
                .setParameter("tenant", tenant).setParameter("key", key).getSingleResult();
        if (taken > 0) {
            throw MusterException.duplicate("key", "A device with the key '" + key + "' already exists");
        }
    }

    /** Refuses {@code name} if a device of {@code tenant} other than {@code except} (may be null) has it. */
    void requireFreeName(UUID tenant, String name, UUID except) {
        boolean taken = em.createQuery("select d.id from Device d where d.tenantId = :tenant and d.nameKey = :nameKey", UUID.class)
                .setParameter("tenant", tenant).setParameter("nameKey", DeviceFields.nameKey(name))
                .getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw nameTaken(name);
        }
    }

    /** Stores a new device, with its presence: never seen. */
    void persist(Device device, Instant now) {
        em.persist(device);
        flush();
        em.persist(DevicePresence.neverSeen(device.tenantId(), device.id(), now));
    }

    /** Writes pending changes now, so a unique constraint that a concurrent request won answers 409. */
    void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String message = rootMessage(e).toLowerCase(Locale.ROOT);
            if (message.contains("uk_device_name")) {
                throw MusterException.duplicate("name", "Another device already has this name");
            }
            if (message.contains("uk_device_key")) {
                throw MusterException.duplicate("key", "A device with this key already exists");
            }
            throw e;
        }
    }

    Optional<SshHostKeySet> hostKeys() {
        return em.createQuery("select k from SshHostKeySet k", SshHostKeySet.class).getResultStream().findFirst();
    }

    static MusterException nameTaken(String name) {
        return MusterException.duplicate("name", "Another device is already named '" + name + "' (names are unique, ignoring case)");
    }

    private static String rootMessage(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
