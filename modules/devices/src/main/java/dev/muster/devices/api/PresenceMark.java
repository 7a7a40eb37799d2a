package dev.muster.devices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An operator's statement that a device is gone: OFFLINE (e.g. unplugged for maintenance) or STALE
 * (taken out of service). It is recorded as a presence transition with reason MANUAL; the device's
 * next heartbeat makes it ONLINE again as usual.
 *
 * @param state the presence's name (text, so that a wrong one is refused naming the field)
 * @param note  why, kept in the audit log; at most {@value #NOTE} characters
 */
@Schema(name = "PresenceMark")
public record PresenceMark(@Schema(example = "OFFLINE", description = "OFFLINE or STALE") String state,
                           @Schema(example = "unplugged for the move to building B") String note) {

    public static final int NOTE = 200;
}
