package dev.muster.console.faces;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartJsonTest {

    @Test
    void aLineChartHasOneDatasetPerSeriesOverTheLabels() {
        JsonObject chart = read(ChartJson.line(List.of("12:00", "12:05"), List.of(
                new ChartJson.Series("Online", "#22c55e", List.of(3L, 4L)),
                new ChartJson.Series("Offline", "#ef4444", List.of(1L, 0L)))));

        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("12:05");
        JsonObject online = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(online.getString("label")).isEqualTo("Online");
        assertThat(online.getJsonArray("data").getJsonNumber(1).longValue()).isEqualTo(4);
        assertThat(chart.getJsonObject("options").getBoolean("animation")).isFalse();
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("beginAtZero")).isTrue();
    }

    @Test
    void aDoughnutHasOneSlicePerValue() {
        JsonObject chart = read(ChartJson.doughnut(List.of(new ChartJson.Slice("Debian", 7, "#2196f3"),
                new ChartJson.Slice("not reported", 2, "#22c55e"))));

        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("Debian");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(1)).isEqualTo(2);
    }

    @Test
    void aLabelADeviceReportedCannotCloseTheScriptTheConfigurationIsWrittenInto() {
        String hostile = "</script><script>alert(1)</script> & \"quoted\"";
        String json = ChartJson.doughnut(List.of(new ChartJson.Slice(hostile, 1, "#2196f3")));

        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(read(json).getJsonObject("data").getJsonArray("labels").getString(0)).as("the same text to Chart.js")
                .isEqualTo(hostile);
    }

    @Test
    void anEmptyChartIsStillAValidConfiguration() {
        assertThat(read(ChartJson.line(List.of(), List.of())).getJsonObject("data").getJsonArray("labels")).isEmpty();
        assertThat(read(ChartJson.doughnut(List.of())).getJsonObject("data").getJsonArray("labels")).isEmpty();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
