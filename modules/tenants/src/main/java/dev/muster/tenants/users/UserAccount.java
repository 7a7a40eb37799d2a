package dev.muster.tenants.users;

import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.UserStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A person who signs in. Global, not tenant-owned: one account may belong to several tenants
 * through {@link Membership}s. Invariants: the email is stored lower-cased and is unique; the
 * password is only ever held as a bcrypt hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(name = "email", nullable = false, unique = true, length = Limits.EMAIL)
    private String email;

    @Column(name = "display_name", nullable = false, length = Limits.NAME)
    private String displayName;

    @Column(name = "password_hash", length = 60)
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private UserStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, boolean platformAdmin, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalize(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.status = UserStatus.ACTIVE;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    /** True for a sign-in older than the last password change: that sign-in no longer counts. */
    public boolean signedInBeforePasswordChange(Instant signedInAt) {
        return passwordChangedAt != null && signedInAt.isBefore(passwordChangedAt);
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public boolean platformAdmin() { return platformAdmin; }
    public UserStatus status() { return status; }
}
