package dev.muster.tokens.devicetokens;

import dev.muster.platform.crypto.TokenSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues device tokens: RS256 JWTs of kind {@code device} with the tenant, the device (subject and
 * {@code upn}), the role {@code DEVICE} and the credential generation ({@code cg}) they were issued
 * for. Default lifetime 24 h; revocation does not wait for it (see {@link DeviceTokenVerifier}).
 */
@ApplicationScoped
public class DeviceTokenIssuer {

    static final String KIND = "device";
    static final String GENERATION_CLAIM = "cg";
    static final String ROLE = "DEVICE";

    @Inject
    TokenSigner signer;

    @Inject
    @ConfigProperty(name = "muster.device-token.lifetime-minutes", defaultValue = "1440")
    int lifetimeMinutes;

    public TokenSigner.IssuedToken issue(UUID deviceId, String deviceKey, UUID tenantId, long generation) {
        return signer.sign(KIND, deviceId, "device:" + deviceKey, List.of(ROLE), tenantId,
                Map.of(GENERATION_CLAIM, generation), Duration.ofMinutes(lifetimeMinutes));
    }
}
