package dev.muster.tenants.users;

import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A user's role in one tenant; at most one per user and tenant. */
@Entity
@Table(name = "membership")
public class Membership extends TenantOwned {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
    }

    /** Explicit tenant: memberships are also created across tenants (tenant creation, invitations). */
    public Membership(UUID tenantId, UserAccount user, Role role, Instant now) {
        assignTenant(tenantId);
        this.id = UUID.randomUUID();
        this.user = user;
        this.role = role;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UserAccount user() { return user; }
    public Role role() { return role; }
    public Instant createdAt() { return createdAt; }

    void role(Role role) {
        this.role = role;
    }
}
