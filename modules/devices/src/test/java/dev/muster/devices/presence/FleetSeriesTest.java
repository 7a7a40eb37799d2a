package dev.muster.devices.presence;

import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.Presence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FleetSeriesTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void samplesTakenAnywhereInABucketBelongToItsStartSoEveryNodeWritesTheSameKey() {
        assertThat(FleetSeries.bucket(T0, FIVE_MINUTES)).isEqualTo(T0);
        assertThat(FleetSeries.bucket(T0.plusSeconds(299).plusMillis(999), FIVE_MINUTES)).isEqualTo(T0);
        assertThat(FleetSeries.bucket(T0.plusSeconds(300), FIVE_MINUTES)).isEqualTo(T0.plusSeconds(300));
        assertThat(FleetSeries.bucket(T0.minusMillis(1), FIVE_MINUTES)).isEqualTo(T0.minusSeconds(300));
    }

    @Test
    void theTimerFirstFiresShortlyAfterTheNextBucketStarts() {
        assertThat(FleetSeries.firstRun(T0.plusSeconds(100), FIVE_MINUTES)).as("a tenth of the interval, at most 5 s")
                .isEqualTo(T0.plusSeconds(305));
        assertThat(FleetSeries.firstRun(T0.plusMillis(500), Duration.ofSeconds(2))).isEqualTo(T0.plusMillis(2_200));
        Instant first = FleetSeries.firstRun(T0.plusSeconds(100), FIVE_MINUTES);
        for (int i = 0; i < 5; i++) {
            Instant firing = first.plus(FIVE_MINUTES.multipliedBy(i));
            assertThat(FleetSeries.bucket(firing.minusSeconds(4), FIVE_MINUTES)).as("a firing a little early stays in its bucket")
                    .isEqualTo(T0.plus(FIVE_MINUTES.multipliedBy(i + 1)));
        }
    }

    @Test
    void intervalsBelowOneSecondAreTakenAsOneSecond() {
        assertThat(FleetSeries.interval(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(FleetSeries.interval(-5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(FleetSeries.interval(300)).isEqualTo(FIVE_MINUTES);
    }

    @Test
    void thinningKeepsTheLastSampleOfEachStepInOrder() {
        List<FleetHistory.Point> samples = List.of(
                point(T0, 1, 0), point(T0.plusSeconds(60), 2, 0), point(T0.plusSeconds(299), 3, 0),
                point(T0.plusSeconds(300), 4, 0), point(T0.plusSeconds(900), 5, 0));
        assertThat(FleetSeries.thin(samples, FIVE_MINUTES)).extracting(FleetHistory.Point::online).containsExactly(3L, 4L, 5L);
        assertThat(FleetSeries.thin(List.of(), FIVE_MINUTES)).isEmpty();
    }

    @Test
    void uptimeIsOnlineDeviceTimeOverInServiceDeviceTime() {
        List<FleetHistory.Point> samples = List.of(
                new FleetHistory.Point(T0, 3, 1, 5, 7),
                new FleetHistory.Point(T0.plusSeconds(300), 2, 2, 5, 7));
        assertThat(FleetSeries.uptime(samples)).as("(3 + 2) / (4 + 4); stale and never-seen devices are not in service")
                .isCloseTo(5.0 / 8, within(1e-9));
    }

    @Test
    void uptimeIsUnknownWithoutSamplesOrWithoutDevicesInService() {
        assertThat(FleetSeries.uptime(List.of())).isNull();
        assertThat(FleetSeries.uptime(List.of(new FleetHistory.Point(T0, 0, 0, 4, 2)))).isNull();
        assertThat(FleetSeries.uptime(null, null)).as("sums over no rows").isNull();
        assertThat(FleetSeries.uptime(0L, 0L)).isNull();
        assertThat(FleetSeries.uptime(0L, 10L)).isZero();
        assertThat(FleetSeries.uptime(10L, 10L)).isEqualTo(1.0);
    }

    @Test
    void aTenantsSampleCountsZeroForPresencesNoDeviceIsIn() {
        assertThat(PresenceCounts.of(Map.of(Presence.ONLINE, 3L, Presence.STALE, 1L)))
                .isEqualTo(new PresenceCounts(3, 0, 1, 0));
        assertThat(PresenceCounts.of(Map.of())).isEqualTo(PresenceCounts.NONE);
    }

    private static FleetHistory.Point point(Instant at, long online, long offline) {
        return new FleetHistory.Point(at, online, offline, 0, 0);
    }
}
