package dev.muster.tenants.users;

import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.Limits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mindrot.jbcrypt.BCrypt;

import java.nio.charset.StandardCharsets;

/**
 * Password hashing with jBCrypt. The cost comes from {@code muster.security.bcrypt-cost} and is
 * never below 12. {@link #matches} against a missing hash still spends one full bcrypt check, so
 * an unknown account costs the same time as a wrong password.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MIN_COST = 12;

    @Inject
    @ConfigProperty(name = "muster.security.bcrypt-cost", defaultValue = "12")
    int cost;

    private String decoy;

    @PostConstruct
    void init() {
        cost = Math.max(MIN_COST, cost);
        decoy = BCrypt.hashpw("decoy-password-for-unknown-users", BCrypt.gensalt(cost));
    }

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    public boolean matches(String password, String hashOrNull) {
        boolean matches = BCrypt.checkpw(password == null ? "" : password, hashOrNull == null ? decoy : hashOrNull);
        return matches && hashOrNull != null;
    }

    /** Refuses passwords that are too short, or too long for bcrypt to read whole. */
    public static void checkStrength(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < Limits.PASSWORD_MIN) {
            throw MusterException.invalid(field, "must be at least " + Limits.PASSWORD_MIN + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Limits.PASSWORD_MAX_BYTES) {
            throw MusterException.invalid(field, "must be at most " + Limits.PASSWORD_MAX_BYTES + " bytes");
        }
    }
}
