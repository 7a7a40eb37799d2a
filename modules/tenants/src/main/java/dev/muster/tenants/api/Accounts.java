package dev.muster.tenants.api;

import dev.muster.platform.security.Caller;

import java.time.Instant;
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

    /**
     * As {@link #callerFor(UUID, UUID)}, for a sign-in made at {@code signedInAt} (a token's issue
     * time, a console session's sign-in): refused once the password was changed after it, so a
     * password change ends every other session and token at once. Null means "signing in now".
     */
    Caller callerFor(UUID userId, UUID tenantId, Instant signedInAt);

    Profile profile(UUID userId);

    /** Changes the caller's password; sessions and tokens from before the change stop working. */
    void changePassword(String currentPassword, String newPassword);

    Profile updateDisplayName(String displayName);
}
