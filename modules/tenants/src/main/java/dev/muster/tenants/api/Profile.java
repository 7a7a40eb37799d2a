package dev.muster.tenants.api;

import dev.muster.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The signed-in user: who they are and where they may act. */
@Schema(name = "Profile")
public record Profile(UUID id, String email, String displayName, boolean platformAdmin,
                      List<Membership> memberships) {

    @Schema(name = "Membership")
    public record Membership(UUID tenantId, String tenantSlug, String tenantName, Role role, TenantStatus tenantStatus) {
    }
}
