package dev.muster.tenants.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ApiKey")
public record ApiKeyView(UUID id,
                         @Schema(example = "inventory-sync") String name,
                         ApiKeyScope scope,
                         @Schema(example = "mk_3FQ7K2ZP") String prefix,
                         String createdBy,
                         Instant createdAt,
                         Instant lastUsedAt,
                         Instant revokedAt) {
}
