package dev.muster.platform.security;

/**
 * A user's role within one tenant, from least to most powerful. Each role includes the rights of
 * the roles before it. Platform administration is not a tenant role; see {@link Caller#platformAdmin()}.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN, OWNER;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
