package dev.muster.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Widens the {@link TenantScope} for the call; runs before the transaction opens. */
@AcrossTenants
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 20)
public class AcrossTenantsInterceptor {

    @Inject
    TenantScope scope;

    @AroundInvoke
    public Object widen(InvocationContext invocation) throws Exception {
        scope.enterAcross();
        try {
            return invocation.proceed();
        } finally {
            scope.leaveAcross();
        }
    }
}
