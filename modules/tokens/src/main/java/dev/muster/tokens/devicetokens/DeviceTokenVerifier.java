package dev.muster.tokens.devicetokens;

import dev.muster.devices.api.DeviceCredentials;
import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.BearerTokenVerifier;
import dev.muster.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * A device token stands for its device only while the device is active with the credential
 * generation the token names: every revocation, reset, rotation or re-enrollment changes the
 * generation in the database, so the next request with an older token is refused on every node,
 * however long the token had left.
 */
@ApplicationScoped
public class DeviceTokenVerifier implements BearerTokenVerifier {

    @Inject
    DeviceCredentials credentials;

    @Override
    public String kind() {
        return DeviceTokenIssuer.KIND;
    }

    @Override
    public Caller verify(JsonWebToken token) {
        Object generation = token.getClaim(DeviceTokenIssuer.GENERATION_CLAIM);
        String tenant = token.getClaim(TokenSigner.TENANT_CLAIM);
        if (tenant == null || !(generation instanceof JsonNumber || generation instanceof Number)) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The device token is not valid");
        }
        long cg = generation instanceof JsonNumber number ? number.longValue() : ((Number) generation).longValue();
        return credentials.verifyToken(UUID.fromString(token.getSubject()), UUID.fromString(tenant), cg);
    }
}
