package dev.muster.tenants.api;

import dev.muster.platform.security.Caller;

import java.util.UUID;

/** Sign-in and the signed-in user's own account. */
public interface Accounts {

    /**
     * Checks an email and password. Unknown users and wrong passwords fail identically and take
     * the same time; repeated failures per account and per client address are throttled.
     *
     * @return the user's profile
     */
    Profile authenticate(String email, String password);

    /**
     * The caller a signed-in user becomes in a tenant, re-checked against the database (account
     * still active, still a member, tenant not suspended). {@code tenantId} may be null for a user
     * acting outside any tenant.
     */
    Caller callerFor(UUID userId, UUID tenantId);

    Profile profile(UUID userId);

    void changePassword(String currentPassword, String newPassword);

    Profile updateDisplayName(String displayName);
}
