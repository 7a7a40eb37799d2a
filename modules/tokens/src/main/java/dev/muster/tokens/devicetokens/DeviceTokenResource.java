package dev.muster.tokens.devicetokens;

import dev.muster.devices.api.DeviceCredentials;
import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.FailureLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Exchanges a device's id and secret (HTTP Basic) for a short-lived device token. Failures are
 * throttled per client address and per device id; the secret has 256 bits, so the throttle protects
 * the server's time more than the secret.
 */
@Path("device/token")
@ApplicationScoped
@Tag(name = "Enrollment")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceTokenResource {

    @Inject
    DeviceCredentials credentials;

    @Inject
    DeviceTokenIssuer issuer;

    @Inject
    CallerContext callers;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "muster.security.device-token.failures", defaultValue = "10")
    int failures;

    @Inject
    @ConfigProperty(name = "muster.security.device-token.window-minutes", defaultValue = "15")
    int windowMinutes;

    private FailureLimiter addresses;
    private FailureLimiter devices;

    @PostConstruct
    void init() {
        addresses = new FailureLimiter(failures * 4, Duration.ofMinutes(windowMinutes));
        devices = new FailureLimiter(failures, Duration.ofMinutes(windowMinutes));
    }

    @POST
    @Operation(summary = "Get a device token with HTTP Basic: the device id as user name, the device secret as password")
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String address = callers.clientAddress();
        String[] basic = basic(authorization);
        Optional<Duration> wait = FailureLimiter.longest(addresses.blocked(address), devices.blocked(basic[0]));
        if (wait.isPresent()) {
            metrics.counter("muster.device_token.throttled").inc();
            throw MusterException.throttled(wait.get());
        }
        UUID deviceId = parse(basic[0]);
        Optional<DeviceCredentials.DeviceCredential> credential = deviceId == null ? Optional.empty()
                : credentials.verifySecret(deviceId, basic[1]);
        if (credential.isEmpty()) {
            addresses.failed(address);
            devices.failed(basic[0]);
            metrics.counter("muster.device_token.failures").inc();
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED,
                    "The device id or secret is wrong, or the device was revoked or reset");
        }
        DeviceCredentials.DeviceCredential device = credential.get();
        TokenSigner.IssuedToken token = issuer.issue(device.deviceId(), device.key(), device.tenantId(), device.generation());
        return Response.ok(new DeviceTokenResponse(token.token(), "Bearer", token.expiresAt(), device.deviceId()))
                .header("Cache-Control", "no-store").build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED,
                    "Send the device id and secret with HTTP Basic authentication");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "The Basic credentials must be <device id>:<secret>");
        }
        return new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
