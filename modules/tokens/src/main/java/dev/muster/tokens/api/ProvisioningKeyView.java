package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A provisioning key as admins see it: only its public prefix, never the key. */
@Schema(name = "ProvisioningKey")
public record ProvisioningKeyView(UUID id,
                                  String name,
                                  @Schema(example = "mp_Xy3kPq9a…") String prefix,
                                  GrantStatus status,
                                  int deviceLimit,
                                  int enrolled,
                                  Instant expiresAt,
                                  Instant revokedAt,
                                  String deviceType,
                                  String group,
                                  String createdBy,
                                  Instant createdAt,
                                  Instant lastUsedAt) {
}
