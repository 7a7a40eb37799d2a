package dev.muster.console.view;

import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.FleetWindow;
import dev.muster.devices.api.Presence;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardBackingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void thePresenceChartHasALinePerPresenceAndAPointPerSampleInUtc() {
        FleetHistory history = new FleetHistory("7d", T0.minusSeconds(7 * 86_400), T0, 1800, 0.5, List.of(
                new FleetHistory.Point(T0.minusSeconds(3600), 1, 2, 3, 4),
                new FleetHistory.Point(T0, 5, 6, 7, 8)));

        JsonObject data = read(DashboardBacking.presenceChart(history, FleetWindow.LAST_7_DAYS, labels())).getJsonObject("data");

        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("11-23 11:00", "11-23 12:00");
        JsonArray datasets = data.getJsonArray("datasets");
        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(d -> d.getString("label"))
                .containsExactly("Online", "Offline", "Stale", "Never seen");
        assertThat(datasets.getJsonObject(3).getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(8);
        assertThat(datasets.getJsonObject(0).getString("borderColor")).isEqualTo(DashboardBacking.PRESENCE_COLORS.get(Presence.ONLINE));
    }

    @Test
    void theLastDayIsLabelledByTimeOnly() {
        FleetHistory history = new FleetHistory("24h", T0.minusSeconds(86_400), T0, 300, null,
                List.of(new FleetHistory.Point(T0, 1, 0, 0, 0)));

        JsonObject data = read(DashboardBacking.presenceChart(history, FleetWindow.LAST_24_HOURS, labels())).getJsonObject("data");

        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("12:00");
    }

    @Test
    void devicesThatDidNotSayAreLabelledAsNotReported() {
        JsonObject data = read(DashboardBacking.breakdownChart(List.of(new FleetSummary.Count("Debian", 3),
                new FleetSummary.Count(null, 2)), "not reported")).getJsonObject("data");

        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("Debian", "not reported");
    }

    @Test
    void anUnknownWindowShowsTheLastDay() {
        DashboardBacking backing = new DashboardBacking();
        backing.setWindow("1y");
        assertThat(backing.getSelectedWindow()).isEqualTo(FleetWindow.LAST_24_HOURS);
        backing.setWindow("30d");
        assertThat(backing.getSelectedWindow()).isEqualTo(FleetWindow.LAST_30_DAYS);
    }

    private static Map<Presence, String> labels() {
        Map<Presence, String> labels = new EnumMap<>(Presence.class);
        labels.put(Presence.ONLINE, "Online");
        labels.put(Presence.OFFLINE, "Offline");
        labels.put(Presence.STALE, "Stale");
        labels.put(Presence.NEVER_SEEN, "Never seen");
        return labels;
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
