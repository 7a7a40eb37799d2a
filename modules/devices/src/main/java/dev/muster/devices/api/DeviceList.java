package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a device list in keyset order: pass {@code next} as {@code after} to get the
 * following page. Unlike offsets, a keyset never skips or repeats a device when devices are added
 * or removed between pages.
 *
 * @param total how many devices match the filter
 * @param next  the cursor of the following page, null on the last page
 */
@Schema(name = "DeviceList")
public record DeviceList(List<DeviceView> items, long total, String next) {
}
