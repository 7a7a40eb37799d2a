package dev.muster.tenants.bootstrap;

import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.crypto.SigningKeys;
import dev.muster.tenants.users.PasswordHasher;
import dev.muster.tenants.users.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the very first start (no platform administrator yet) creates one. Its password comes from
 * {@code MUSTER_ADMIN_PASSWORD} or is generated and printed once to the log; only its bcrypt hash
 * is stored. Also makes sure the token signing keys exist before the first request arrives.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SigningKeys keys;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.admin.email", defaultValue = "admin@muster.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "muster.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void init() {
        keys.publicKey();
        long admins = em.createQuery("select count(u) from UserAccount u where u.platformAdmin = true", Long.class)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        callers.set(Caller.SYSTEM);
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Secrets.random(15) : adminPassword.get();
        PasswordHasher.checkStrength("MUSTER_ADMIN_PASSWORD", password);
        UserAccount admin = new UserAccount(adminEmail, "Platform administrator", hasher.hash(password), true, clock.instant());
        em.persist(admin);
        audit.recordIn(null, "user.created", "user", admin.id(), admin.email() + " (platform administrator, first start)");
        if (generated) {
            LOG.warning("\n============================================================\n"
                    + " First start: created the platform administrator\n"
                    + "   email:    " + admin.email() + "\n"
                    + "   password: " + password + "\n"
                    + " This password is shown only this once. Sign in and change it.\n"
                    + "============================================================");
        } else {
            LOG.info(() -> "First start: created the platform administrator " + admin.email()
                    + " with the password from MUSTER_ADMIN_PASSWORD");
        }
    }
}
