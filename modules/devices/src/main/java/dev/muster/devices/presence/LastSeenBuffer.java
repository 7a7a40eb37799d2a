package dev.muster.devices.presence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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
 */
@ApplicationScoped
public class LastSeenBuffer {

    private final Map<UUID, Sighting> pending = new ConcurrentHashMap<>();

    void record(Sighting sighting) {
        pending.merge(sighting.deviceId(), sighting,
                (held, added) -> added.seenAt().isBefore(held.seenAt()) ? held.over(added) : added.over(held));
    }

    /** Takes every pending sighting; one recorded meanwhile waits for the next drain. */
    List<Sighting> drain() {
        List<Sighting> drained = new ArrayList<>(pending.size());
        for (UUID device : pending.keySet()) {
            Sighting sighting = pending.remove(device);
            if (sighting != null) {
                drained.add(sighting);
            }
        }
        return drained;
    }
}
