package dev.muster.devices.api;

import java.util.UUID;

/**
 * How a device is called and grouped, for other modules that show or group things by device
 * (alerts) without reading the registry.
 *
 * @param name the device's name, or its key when it has none
 * @param group its group, or null
 */
public record DeviceLabel(UUID id, UUID tenantId, String key, String name, String group) {
}
