package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An enrollment code as admins see it: never the code itself, which is shown once at creation. */
@Schema(name = "EnrollmentCode")
public record EnrollmentCodeView(UUID id,
                                 GrantStatus status,
                                 int maxUses,
                                 int uses,
                                 Instant expiresAt,
                                 Instant revokedAt,
                                 String deviceKey,
                                 String deviceName,
                                 String deviceType,
                                 String group,
                                 Map<String, String> tags,
                                 String note,
                                 String createdBy,
                                 Instant createdAt,
                                 Instant lastUsedAt,
                                 @Schema(description = "The devices that enrolled with this code") List<EnrollmentUse> enrollments) {
}
