package dev.muster.platform.security;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link Authorized}. Runs before {@code @Transactional} so a refused call never opens a
 * transaction. An API key with read-only scope is a {@link Role#VIEWER}.
 */
@Authorized
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class AuthorizationInterceptor {

    @Inject
    CallerContext callers;

    @AroundInvoke
    public Object authorize(InvocationContext invocation) throws Exception {
        Authorized rule = invocation.getMethod().getAnnotation(Authorized.class);
        if (rule == null) {
            rule = invocation.getMethod().getDeclaringClass().getAnnotation(Authorized.class);
        }
        if (rule == null) {
            rule = invocation.getTarget().getClass().getAnnotation(Authorized.class);
        }
        check(callers.caller(), rule);
        return invocation.proceed();
    }

    static void check(Caller caller, Authorized rule) {
        if (!caller.authenticated()) {
            throw new MusterException(ErrorCode.AUTHENTICATION_REQUIRED, "Sign in or send a valid token");
        }
        if (rule == null || caller.kind() == Caller.Kind.SYSTEM) {
            return;
        }
        if (rule.device() != (caller.kind() == Caller.Kind.DEVICE)) {
            throw MusterException.forbidden();
        }
        if (rule.device()) {
            return;
        }
        if (rule.platform()) {
            if (!caller.platformAdmin()) {
                throw MusterException.forbidden();
            }
            return;
        }
        if (rule.anyUser()) {
            return;
        }
        if (caller.tenantId() == null) {
            throw new MusterException(ErrorCode.FORBIDDEN, "Choose an organisation first");
        }
        if (!caller.has(rule.value())) {
            throw MusterException.forbidden();
        }
    }
}
