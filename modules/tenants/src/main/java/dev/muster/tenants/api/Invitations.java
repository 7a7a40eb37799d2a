package dev.muster.tenants.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Role;

import java.util.UUID;

/**
 * Inviting people into the caller's tenant. The invitation mail carries a single-use, expiring
 * link; only a digest of its token is stored.
 */
public interface Invitations {

    InvitationView invite(String email, Role role);

    Page<InvitationView> list(PageRequest page);

    /** Invitations of the caller's tenant still waiting to be accepted (not used, revoked or expired). */
    long countPending();

    void revoke(UUID invitationId);

    /** What the invitation page shows before the invitee sets a password. */
    InvitationPreview preview(String token);

    /**
     * Accepts an invitation: creates the account (display name and password required) or, for an
     * existing account, only adds the membership (the password must then be the account's).
     */
    Profile accept(String token, String displayName, String password);

    record InvitationPreview(String email, String tenantName, Role role, boolean existingAccount) {
    }
}
