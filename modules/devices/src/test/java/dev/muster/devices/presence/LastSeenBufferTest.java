package dev.muster.devices.presence;

import dev.muster.devices.api.DeviceInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LastSeenBufferTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final UUID TENANT = UUID.randomUUID();

    private final LastSeenBuffer buffer = new LastSeenBuffer();

    @Test
    void aDeviceIsKeptAliveFromItsHeartbeatUntilItsSightingIsWritten() {
        Sighting seen = sighting(UUID.randomUUID(), NOW.minusSeconds(1), 180);
        buffer.record(seen);
        assertThat(buffer.keepsAlive(seen.deviceId(), NOW)).as("pending").isTrue();

        List<Sighting> drained = buffer.drain();
        assertThat(drained).containsExactly(seen);
        assertThat(buffer.keepsAlive(seen.deviceId(), NOW)).as("being written").isTrue();
        assertThat(buffer.size()).isEqualTo(1);

        buffer.written(drained);
        assertThat(buffer.keepsAlive(seen.deviceId(), NOW)).as("in the database").isFalse();
        assertThat(buffer.size()).isZero();
    }

    @Test
    void aChunkPutBackStaysAliveAndIsDrainedAgain() {
        Sighting seen = sighting(UUID.randomUUID(), NOW.minusSeconds(1), 180);
        buffer.record(seen);
        List<Sighting> drained = buffer.drain();

        buffer.putBack(drained);

        assertThat(buffer.keepsAlive(seen.deviceId(), NOW)).isTrue();
        assertThat(buffer.drain()).containsExactly(seen);
    }

    @Test
    void aSightingPastItsOwnDeadlineKeepsNothingAlive() {
        Sighting old = sighting(UUID.randomUUID(), NOW.minusSeconds(200), 180);
        buffer.record(old);
        assertThat(buffer.keepsAlive(old.deviceId(), NOW)).isFalse();
        assertThat(buffer.keepsAlive(UUID.randomUUID(), NOW)).as("a device never heard here").isFalse();
    }

    @Test
    void aHeartbeatDuringTheWriteOfTheOneBeforeIsNotLostWhenThatOneIsWritten() {
        UUID device = UUID.randomUUID();
        buffer.record(sighting(device, NOW.minusSeconds(30), 180));
        List<Sighting> drained = buffer.drain();
        Sighting newer = sighting(device, NOW.minusSeconds(1), 180);
        buffer.record(newer);

        buffer.written(drained);

        assertThat(buffer.keepsAlive(device, NOW)).isTrue();
        assertThat(buffer.drain()).extracting(Sighting::seenAt).containsExactly(newer.seenAt());
    }

    private static Sighting sighting(UUID device, Instant seenAt, int offlineAfterSeconds) {
        return new Sighting(device, TENANT, seenAt, seenAt.plusSeconds(offlineAfterSeconds), seenAt.plus(Duration.ofHours(24)),
                null, null, null, null, null, null, null, null, null, DeviceInfo.NONE);
    }
}
