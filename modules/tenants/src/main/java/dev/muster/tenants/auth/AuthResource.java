package dev.muster.tenants.auth;

import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.Profile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Sign-in for API clients: email and password in, a short-lived signed JWT out. */
@Path("auth")
@RequestScoped
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    TokenIssuer tokens;

    @Inject
    CallerContext callers;

    @POST
    @Path("login")
    @Operation(summary = "Sign in and get an API token")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Wrong email or password (same answer for both)")
    @APIResponse(responseCode = "429", description = "Too many failures for this account or address; see Retry-After")
    public TokenResponse login(@NotNull @Valid LoginRequest request) {
        Profile profile = accounts.authenticate(request.email(), request.password());
        return tokenFor(profile, request.tenant());
    }

    @POST
    @Path("token")
    @Authorized(anyUser = true)
    @Operation(summary = "Get a fresh token, optionally for another tenant of the signed-in user")
    public TokenResponse token(@Valid TokenRequest request) {
        Caller caller = requireUser();
        Profile profile = accounts.profile(caller.id());
        String tenant = request == null || request.tenant() == null ? currentSlug(profile, caller) : request.tenant();
        return tokenFor(profile, tenant);
    }

    @GET
    @Path("me")
    @Authorized(anyUser = true)
    @Operation(summary = "The signed-in user and their tenants")
    public Profile me() {
        return accounts.profile(requireUser().id());
    }

    @POST
    @Path("password")
    @Authorized(anyUser = true)
    @Operation(summary = "Change the signed-in user's password")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changePassword(@NotNull @Valid PasswordChange change) {
        requireUser();
        accounts.changePassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    private TokenResponse tokenFor(Profile profile, String tenantSlug) {
        UUID tenantId = null;
        String slug = null;
        if (tenantSlug != null && !tenantSlug.isBlank()) {
            Profile.Membership membership = profile.memberships().stream()
                    .filter(m -> m.tenantSlug().equals(tenantSlug.trim()))
                    .findFirst()
                    .orElseThrow(() -> MusterException.invalid("tenant", "you are not a member of '" + tenantSlug + "'"));
            tenantId = membership.tenantId();
            slug = membership.tenantSlug();
        } else if (!profile.memberships().isEmpty()) {
            tenantId = profile.memberships().get(0).tenantId();
            slug = profile.memberships().get(0).tenantSlug();
        }
        Caller caller = accounts.callerFor(profile.id(), tenantId);
        TokenSigner.IssuedToken token = tokens.issue(caller);
        return new TokenResponse(token.token(), "Bearer", token.expiresAt(), slug, profile);
    }

    private static String currentSlug(Profile profile, Caller caller) {
        return profile.memberships().stream().filter(m -> m.tenantId().equals(caller.tenantId()))
                .map(Profile.Membership::tenantSlug).findFirst().orElse(null);
    }

    private Caller requireUser() {
        Caller caller = callers.caller();
        if (caller.kind() != Caller.Kind.USER) {
            throw new MusterException(ErrorCode.FORBIDDEN, "Only users sign in; API keys are used as they are");
        }
        return caller;
    }
}
