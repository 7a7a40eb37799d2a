package dev.muster.platform.tenancy;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary operation that works across tenants by nature (sign-in, accepting an
 * invitation, platform administration, the first-start bootstrap). Inside it every tenant's rows
 * are visible and tenant ids must be set explicitly. Use sparingly; every use is a place where
 * tenant isolation is the code's job, not Hibernate's.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AcrossTenants {
}
