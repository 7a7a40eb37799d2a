package dev.muster.devices.presence;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newest sighting of every device heard since the last flush, in this node's memory. A
 * heartbeat costs one map write instead of a row update; the recorder drains the map every flush
 * period (a second by default) and writes it in one batch. A device heartbeating many times
 * between flushes costs one row update. What a crash loses is at most one flush period of
 * last-seen times, never a presence transition (those are written by the flush and the sweep,
 * in the database).
 * <p>
 * A drained sighting stays known as <em>being written</em> until its chunk has committed or it is
 * put back, so {@link #keepsAlive} can tell the sweep about every device this node heard from
 * whose heartbeat the database may not show yet: pending, in a flush under way, or in one that failed.
 */
@ApplicationScoped
public class LastSeenBuffer {

    private final Map<UUID, Sighting> pending = new ConcurrentHashMap<>();
    private final Map<UUID, Sighting> writing = new ConcurrentHashMap<>();

    void record(Sighting sighting) {
        pending.merge(sighting.deviceId(), sighting,
                (held, added) -> added.seenAt().isBefore(held.seenAt()) ? held.over(added) : added.over(held));
    }

    /** Takes every pending sighting, which stays known as being written; one recorded meanwhile waits for the next drain. */
    List<Sighting> drain() {
        List<Sighting> drained = new ArrayList<>(pending.size());
        for (UUID device : pending.keySet()) {
            Sighting sighting = pending.remove(device);
            if (sighting != null) {
                writing.put(device, sighting);
                drained.add(sighting);
            }
        }
        return drained;
    }

    /** The sightings are committed: the database shows them now. */
    void written(Collection<Sighting> sightings) {
        sightings.forEach(s -> writing.remove(s.deviceId(), s));
    }

    /** The sightings wait for the next flush: pending again before they stop being written, so they are never in neither. */
    void putBack(Collection<Sighting> sightings) {
        sightings.forEach(this::record);
        written(sightings);
    }

    /** Whether this node heard from the device recently enough that it is not past its offline deadline at {@code now}. */
    boolean keepsAlive(UUID device, Instant now) {
        return alive(pending.get(device), now) || alive(writing.get(device), now);
    }

    /** Sightings held in memory, pending or being written. */
    int size() {
        return pending.size() + writing.size();
    }

    private static boolean alive(Sighting sighting, Instant now) {
        return sighting != null && sighting.offlineAt().isAfter(now);
    }
}
