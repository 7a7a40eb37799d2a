package dev.muster.platform.tenancy;

import dev.muster.platform.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The tenant that tenant-owned data is read and written in for the current request. It is the
 * caller's current tenant, or {@link #ALL} inside an {@link AcrossTenants} operation. With neither,
 * it is {@link #NONE}: a tenant id that matches no row, so code that forgot its context sees
 * nothing and cannot write (fail closed).
 *
 * <p>Hibernate reads it once, when a transaction first touches the database, so the scope must be
 * settled before that; the interceptors that set it run before the transaction starts.
 */
@RequestScoped
public class TenantScope {

    /** Sees every tenant's rows: for operations that span tenants by nature (sign-in, platform admin). */
    public static final UUID ALL = new UUID(0L, 0L);
    /** Sees nothing. */
    public static final UUID NONE = new UUID(0L, 1L);

    @Inject
    CallerContext callers;

    private int acrossDepth;

    public UUID current() {
        if (acrossDepth > 0) {
            return ALL;
        }
        UUID tenant = callers.caller().tenantId();
        return tenant == null ? NONE : tenant;
    }

    void enterAcross() {
        acrossDepth++;
    }

    void leaveAcross() {
        acrossDepth--;
    }
}
