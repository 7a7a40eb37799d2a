package dev.muster.tenants.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Tenant")
public record TenantView(UUID id,
                         @Schema(example = "acme") String slug,
                         @Schema(example = "ACME Corporation") String name,
                         @Schema(example = "ops@acme.example") String contactEmail,
                         TenantStatus status,
                         TenantSettings settings,
                         Instant createdAt,
                         long version) {
}
