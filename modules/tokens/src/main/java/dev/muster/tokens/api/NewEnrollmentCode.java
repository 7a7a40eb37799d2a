package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * An enrollment code to create. Everything is optional: by default a code is good for one device
 * during 24 hours. {@code deviceKey}, {@code deviceName}, {@code deviceType}, {@code group} and
 * {@code tags} bind the code: the device that enrolls with it gets them. A code bound to the key
 * of an existing device may re-enroll it (a wiped device), replacing its credentials.
 */
@Schema(name = "NewEnrollmentCode")
public record NewEnrollmentCode(@Schema(example = "1", description = "1 to 10000; default 1") Integer maxUses,
                                @Schema(example = "24", description = "1 to 720 hours (30 days); default 24") Integer expiresInHours,
                                @Schema(example = "b827eb123456") String deviceKey,
                                @Schema(example = "Lobby camera") String deviceName,
                                @Schema(example = "camera") String deviceType,
                                @Schema(example = "building-a") String group,
                                Map<String, String> tags,
                                @Schema(example = "For the new lobby camera; installer: Sam") String note) {

    public static final int MAX_USES = 10_000;
    public static final int DEFAULT_HOURS = 24;
    public static final int MAX_HOURS = 720;
    public static final int NOTE = 500;
}
