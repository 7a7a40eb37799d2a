package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;

import java.util.Map;

/** How many devices are in each presence: one tenant's row of a fleet sample. */
record PresenceCounts(long online, long offline, long stale, long neverSeen) {

    static final PresenceCounts NONE = new PresenceCounts(0, 0, 0, 0);

    static PresenceCounts of(Map<Presence, Long> byPresence) {
        return new PresenceCounts(byPresence.getOrDefault(Presence.ONLINE, 0L), byPresence.getOrDefault(Presence.OFFLINE, 0L),
                byPresence.getOrDefault(Presence.STALE, 0L), byPresence.getOrDefault(Presence.NEVER_SEEN, 0L));
    }
}
