package dev.muster.console.view.devices;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One row of the device list: what the table shows of a {@link DeviceView}, serializable so the
 * rows and the selection can live in the view-scoped bean.
 *
 * @param tags the tags as {@code key=value} texts, sorted by key
 */
public record DeviceRow(UUID id, String key, String name, String type, String group, List<String> tags,
                        DeviceStatus status, String os, String hostname, String lanIp, boolean sshKey,
                        Presence presence, Instant lastSeenAt)
        implements Serializable {

    public static DeviceRow of(DeviceView device) {
        DeviceInfo info = device.info() == null ? DeviceInfo.NONE : device.info();
        PresenceView presence = device.presence();
        return new DeviceRow(device.id(), device.key(), device.name(), device.type(), device.group(),
                tagTexts(device.tags()), device.status(), info.os(), info.hostname(), info.lanIp(), device.sshKey() != null,
                presence == null ? Presence.NEVER_SEEN : presence.state(), presence == null ? null : presence.lastSeenAt());
    }

    /** The badge colour of the presence. */
    public String presenceSeverity() {
        return switch (presence) {
            case ONLINE -> "success";
            case OFFLINE -> "danger";
            case STALE -> "warning";
            case NEVER_SEEN -> "secondary";
        };
    }

    /** The name, or the key for a device without a name. */
    public String label() {
        return name != null ? name : key;
    }

    static List<String> tagTexts(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        return new TreeMap<>(tags).entrySet().stream()
                .map(tag -> tag.getValue().isEmpty() ? tag.getKey() : tag.getKey() + "=" + tag.getValue())
                .toList();
    }
}
