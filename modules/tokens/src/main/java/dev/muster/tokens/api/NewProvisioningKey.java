package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provisioning key to create, for factory images: many devices enroll with the same key, up to
 * {@code deviceLimit}, until it expires. The devices get {@code deviceType} and {@code group}.
 */
@Schema(name = "NewProvisioningKey")
public record NewProvisioningKey(@Schema(example = "Camera image 2026-11") String name,
                                 @Schema(example = "500", description = "1 to 100000; default 100") Integer deviceLimit,
                                 @Schema(example = "90", description = "1 to 1825 days; default 90") Integer expiresInDays,
                                 @Schema(example = "camera") String deviceType,
                                 @Schema(example = "building-a") String group) {

    public static final int MAX_DEVICES = 100_000;
    public static final int DEFAULT_DEVICES = 100;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 1825;
}
