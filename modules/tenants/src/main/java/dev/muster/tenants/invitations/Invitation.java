package dev.muster.tenants.invitations;

import dev.muster.platform.security.Role;
import dev.muster.platform.tenancy.TenantOwned;
import dev.muster.tenants.api.InvitationView;
import dev.muster.tenants.api.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation into a tenant. Only the SHA-256 digest of its token is stored; the token itself
 * exists once, in the mail. Invariant: accepted at most once, and never after it expired or was
 * revoked.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "email", nullable = false, length = Limits.EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = Limits.EMAIL)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(UUID tenantId, String email, Role role, String tokenHash, String invitedBy, Instant now, Instant expiresAt) {
        assignTenant(tenantId);
        this.id = UUID.randomUUID();
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    InvitationView.Status status(Instant now) {
        if (acceptedAt != null) {
            return InvitationView.Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationView.Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationView.Status.PENDING : InvitationView.Status.EXPIRED;
    }

    void accept(Instant now) {
        this.acceptedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    UUID id() { return id; }
    String email() { return email; }
    Role role() { return role; }

    InvitationView view(Instant now) {
        return new InvitationView(id, email, role, invitedBy, createdAt, expiresAt, status(now));
    }
}
