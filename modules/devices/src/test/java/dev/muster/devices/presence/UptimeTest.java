package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UptimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(60));

    @Test
    void aDeviceOnlineTheWholeWindowHasFullUptime() {
        Uptime uptime = new Uptime(Presence.ONLINE, List.of(), LONG_AGO);
        assertThat(uptime.over(NOW, Duration.ofHours(24))).isEqualTo(1.0);
    }

    @Test
    void offlineSpellsCountAgainstIt() {
        Uptime uptime = new Uptime(Presence.ONLINE, List.of(
                new Uptime.Change(Presence.OFFLINE, NOW.minus(Duration.ofHours(12))),
                new Uptime.Change(Presence.ONLINE, NOW.minus(Duration.ofHours(6)))), LONG_AGO);
        assertThat(uptime.over(NOW, Duration.ofHours(24))).isCloseTo(0.75, within(1e-9));
        assertThat(uptime.over(NOW, Duration.ofDays(7))).isCloseTo(1 - 6.0 / (7 * 24), within(1e-9));
    }

    @Test
    void timeBeforeTheDeviceExistedIsLeftOut() {
        Instant created = NOW.minus(Duration.ofHours(2));
        Uptime uptime = new Uptime(Presence.NEVER_SEEN, List.of(new Uptime.Change(Presence.ONLINE, NOW.minus(Duration.ofHours(1)))), created);
        assertThat(uptime.over(NOW, Duration.ofDays(30))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void changesBeforeTheWindowSetTheStartingState() {
        Uptime uptime = new Uptime(Presence.NEVER_SEEN, List.of(
                new Uptime.Change(Presence.ONLINE, NOW.minus(Duration.ofDays(3))),
                new Uptime.Change(Presence.OFFLINE, NOW.minus(Duration.ofHours(6)))), LONG_AGO);
        assertThat(uptime.over(NOW, Duration.ofHours(24))).isCloseTo(0.75, within(1e-9));
        assertThat(uptime.over(NOW, Duration.ofDays(7))).isCloseTo((3 * 24 - 6) / (7.0 * 24), within(1e-9));
    }

    @Test
    void aDeviceCreatedNowHasNoUptimeYet() {
        assertThat(new Uptime(Presence.NEVER_SEEN, List.of(), NOW).over(NOW, Duration.ofHours(24))).isNull();
    }
}
