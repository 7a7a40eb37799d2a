package dev.muster.tenants.auth;

import dev.muster.platform.crypto.TokenSigner;
import dev.muster.platform.security.BearerTokenVerifier;
import dev.muster.platform.security.Caller;
import dev.muster.tenants.api.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * A user's token stands for the user in the token's tenant, re-checked against the database on
 * every request: removing a member, disabling an account, suspending a tenant or changing the
 * password takes effect at once, not when the token expires.
 */
@ApplicationScoped
public class UserTokenVerifier implements BearerTokenVerifier {

    @Inject
    Accounts accounts;

    @Override
    public String kind() {
        return TokenIssuer.KIND;
    }

    @Override
    public Caller verify(JsonWebToken token) {
        String tenant = token.getClaim(TokenSigner.TENANT_CLAIM);
        return accounts.callerFor(UUID.fromString(token.getSubject()), tenant == null ? null : UUID.fromString(tenant),
                BearerTokenVerifier.issuedAt(token));
    }
}
