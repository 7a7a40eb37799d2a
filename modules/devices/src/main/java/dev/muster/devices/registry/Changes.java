package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an update changed, for the audit log: {@code name: "a" -> "b"; group: … }. */
final class Changes {

    private Changes() {
    }

    static String describe(DeviceView before, DeviceView after) {
        List<String> parts = new ArrayList<>();
        compare(parts, "name", before.name(), after.name());
        compare(parts, "type", before.type(), after.type());
        compare(parts, "group", before.group(), after.group());
        compare(parts, "tags", before.tags(), after.tags());
        compare(parts, "attributes", before.attributes(), after.attributes());
        if (!Objects.equals(before.notes(), after.notes())) {
            parts.add("notes changed");
        }
        String summary = after.label() + (parts.isEmpty() ? ": nothing changed" : ": " + String.join("; ", parts));
        return summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
    }

    private static void compare(List<String> parts, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + ": " + before + " -> " + after);
        }
    }
}
