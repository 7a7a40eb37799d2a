package dev.muster.console.session;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is signed in to the console and which tenant they act in. Holds ids only; the
 * {@link ConsoleAccessFilter} turns them into a checked caller on every request.
 */
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID userId;
    private UUID tenantId;
    private Instant signedInAt;

    public void signIn(UUID user, UUID tenant) {
        this.userId = user;
        this.tenantId = tenant;
        this.signedInAt = Instant.now();
    }

    /** When this session signed in; after the user changes their own password it counts from then. */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** The user changed their password in this session: keep it, while every other session ends. */
    public void passwordChanged() {
        this.signedInAt = Instant.now();
    }

    public boolean signedIn() {
        return userId != null;
    }

    public UUID userId() {
        return userId;
    }

    /** The tenant the user acts in, or null for a platform administrator outside any tenant. */
    public UUID tenantId() {
        return tenantId;
    }

    public void switchTo(UUID tenant) {
        this.tenantId = tenant;
    }
}
