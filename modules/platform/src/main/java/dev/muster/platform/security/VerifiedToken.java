package dev.muster.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A bearer token whose signature, issuer and lifetime {@link BearerTokens} has checked, seen through
 * the MicroProfile JWT API: dates as epoch seconds, {@code groups} as a set, numbers as
 * {@link Long} or {@link Double}.
 */
final class VerifiedToken implements JsonWebToken {

    private final String raw;
    private final JWTClaimsSet claims;

    VerifiedToken(String raw, JWTClaimsSet claims) {
        this.raw = raw;
        this.claims = claims;
    }

    @Override
    public String getName() {
        Object upn = claims.getClaim(Claims.upn.name());
        return upn instanceof String name ? name : claims.getSubject();
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new HashSet<>(claims.getClaims().keySet());
        names.add(Claims.raw_token.name());
        return names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        if (Claims.raw_token.name().equals(name)) {
            return (T) raw;
        }
        Object value = claims.getClaim(name);
        if (value instanceof Date date) {
            return (T) Long.valueOf(date.getTime() / 1000);
        }
        if (Claims.groups.name().equals(name) && value instanceof List<?> list) {
            Set<String> groups = new LinkedHashSet<>();
            list.forEach(group -> groups.add(String.valueOf(group)));
            return (T) groups;
        }
        return (T) value;
    }
}
