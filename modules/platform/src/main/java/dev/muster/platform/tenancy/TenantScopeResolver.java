package dev.muster.platform.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import java.util.UUID;

/**
 * Tells Hibernate which tenant a new session belongs to, from the request's {@link TenantScope}.
 * Outside any request context (should not happen: servlet requests, MDBs and timers all have one)
 * it answers {@link TenantScope#NONE}, so nothing is visible.
 */
public class TenantScopeResolver implements CurrentTenantIdentifierResolver<UUID> {

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        try {
            return CDI.current().select(TenantScope.class).get().current();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return TenantScope.NONE;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return TenantScope.ALL.equals(tenantId);
    }
}
