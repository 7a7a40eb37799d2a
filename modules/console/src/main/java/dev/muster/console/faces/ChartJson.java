package dev.muster.console.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="…">}, the chart component of PrimeFaces, which
 * bundles Chart.js and serves it from the WAR. PrimeFaces writes the configuration into an inline
 * script as it is, so it is built with a JSON writer (quotes and control characters escaped) and every
 * {@code <}, {@code >} and {@code &} is escaped as well: a label that a device reported, such as its
 * OS name, can never close the script element.
 */
public final class ChartJson {

    private ChartJson() {
    }

    /** One line of a line chart: its legend label, colour and one value per x label. */
    public record Series(String label, String color, List<? extends Number> values) {
    }

    /** One slice of a doughnut chart. */
    public record Slice(String label, long value, String color) {
    }

    /** A line chart over {@code labels}, y from zero in whole numbers, no animation. */
    public static String line(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series line : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            line.values().forEach(value -> values.add(value.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", line.label()).add("data", values)
                    .add("borderColor", line.color()).add("backgroundColor", line.color())
                    .add("borderWidth", 2).add("pointRadius", labels.size() > 60 ? 0 : 2).add("tension", 0.2));
        }
        JsonObjectBuilder options = options()
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 12)))
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return config("line", strings(labels), datasets, options);
    }

    /** A doughnut chart with a legend beside it. */
    public static String doughnut(List<Slice> slices) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        slices.forEach(slice -> {
            values.add(slice.value());
            colors.add(slice.color());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("data", values).add("backgroundColor", colors));
        return config("doughnut", strings(slices.stream().map(Slice::label).toList()), datasets, options());
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonObject config = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build();
        return scriptSafe(config.toString());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /** JSON that means the same inside a script element: {@code <}, {@code >}, {@code &} only occur in strings there. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
