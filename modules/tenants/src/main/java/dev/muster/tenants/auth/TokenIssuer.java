package dev.muster.tenants.auth;

import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issues users' short-lived API tokens: their tenant role and platform role become JWT groups. */
@ApplicationScoped
public class TokenIssuer {

    static final String KIND = "user";

    @Inject
    TokenSigner signer;

    @Inject
    @ConfigProperty(name = "muster.jwt.lifetime-minutes", defaultValue = "15")
    int lifetimeMinutes;

    public TokenSigner.IssuedToken issue(Caller caller) {
        List<String> groups = new ArrayList<>();
        if (caller.role() != null) {
            groups.add(caller.role().name());
        }
        if (caller.platformAdmin()) {
            groups.add("PLATFORM_ADMIN");
        }
        return signer.sign(KIND, caller.id(), caller.name(), groups, caller.tenantId(), Map.of(),
                Duration.ofMinutes(lifetimeMinutes));
    }
}
