package dev.muster.platform.security;

import java.util.UUID;

/**
 * Who is making the current request, as established by the boundary (API token, API key, console
 * session, or the server itself). {@code tenantId} and {@code role} are the tenant the caller acts
 * in now and their role there; both are null for a caller outside any tenant.
 *
 * @param id          the user's, API key's or device's id; null for anonymous and system callers
 * @param name        what the audit trail shows (an email, {@code api-key:<name>}, {@code system})
 */
public record Caller(Kind kind, UUID id, String name, UUID tenantId, Role role, boolean platformAdmin) {

    public enum Kind { ANONYMOUS, USER, API_KEY, DEVICE, SYSTEM }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, "anonymous", null, null, false);
    public static final Caller SYSTEM = new Caller(Kind.SYSTEM, null, "system", null, null, false);

    public boolean authenticated() {
        return kind != Kind.ANONYMOUS;
    }

    /** True if the caller holds at least {@code required} in the tenant it acts in. */
    public boolean has(Role required) {
        return role != null && role.includes(required);
    }

    public Caller inTenant(UUID tenant, Role roleThere) {
        return new Caller(kind, id, name, tenant, roleThere, platformAdmin);
    }
}
