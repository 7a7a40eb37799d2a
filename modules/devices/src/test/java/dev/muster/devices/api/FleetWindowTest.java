package dev.muster.devices.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FleetWindowTest {

    @Test
    void windowsAreNamedAsTheApiAndConsoleNameThem() {
        assertThat(FleetWindow.parse("24h")).isEqualTo(FleetWindow.LAST_24_HOURS);
        assertThat(FleetWindow.parse(" 7D ")).isEqualTo(FleetWindow.LAST_7_DAYS);
        assertThat(FleetWindow.parse("30d")).isEqualTo(FleetWindow.LAST_30_DAYS);
        assertThat(FleetWindow.parse(null)).as("the default").isEqualTo(FleetWindow.LAST_24_HOURS);
        assertThat(FleetWindow.parse("")).isEqualTo(FleetWindow.LAST_24_HOURS);
    }

    @Test
    void anythingElseIsNoWindow() {
        assertThat(FleetWindow.parse("1y")).isNull();
        assertThat(FleetWindow.parse("LAST_7_DAYS")).isNull();
        assertThat(FleetWindow.parse("24")).isNull();
    }

    @Test
    void everyWindowIsDrawnWithAtMostAboutThreeHundredAndSixtyPoints() {
        for (FleetWindow window : FleetWindow.values()) {
            assertThat(window.length().dividedBy(window.resolution())).as(window.label()).isBetween(200L, 360L);
            assertThat(window.resolution()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        }
    }
}
