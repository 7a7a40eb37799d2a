package dev.muster.tenants.api;

import dev.muster.platform.security.Role;

/** What an API key may do: read everything in its tenant, or also change it (as an ADMIN). */
public enum ApiKeyScope {
    READ_ONLY(Role.VIEWER), ADMIN(Role.ADMIN);

    private final Role role;

    ApiKeyScope(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
