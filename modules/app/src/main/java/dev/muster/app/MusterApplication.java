package dev.muster.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

import java.util.Map;

/**
 * The REST API under {@code /api/v1}. Bearer tokens (MicroProfile JWT format, RS256) and API keys
 * are verified by the platform's {@code ApiAuthenticationFilter}, not by the container's MP-JWT
 * mechanism: that one checks the RSA signature again on every request and goes through the
 * servlet container's JASPIC bridge even for requests without credentials, which together cost more
 * CPU than a heartbeat's own work (see docs/benchmarks.md).
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Muster API", version = "1",
                description = "Device registry and fleet presence. Errors are RFC 9457 application/problem+json."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKey")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT"),
        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                apiKeyName = "X-Api-Key")
})
public class MusterApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // the OpenAPI document describes the API; Jersey's WADL would expose it a second time, unauthenticated
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
