package dev.muster.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a boundary method: at least {@link #value()} in the caller's current
 * tenant, or a platform administrator when {@link #platform()} is set. Enforced by
 * {@link AuthorizationInterceptor} before the transaction starts, the same way for REST resources
 * and console actions.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authorized {

    /** The least tenant role required. */
    @Nonbinding Role value() default Role.VIEWER;

    /** Only platform administrators (no tenant role needed). */
    @Nonbinding boolean platform() default false;

    /** Any signed-in user, in a tenant or not (own profile, password change). */
    @Nonbinding boolean anyUser() default false;

    /**
     * Only a device, acting for itself with its device token (self-service). Devices are refused
     * everywhere else: no tenant role, however low, is a device's.
     */
    @Nonbinding boolean device() default false;
}
