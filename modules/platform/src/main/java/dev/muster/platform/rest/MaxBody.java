package dev.muster.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A smaller body limit for one endpoint than the server-wide one, for endpoints that take small
 * bodies at a high rate (heartbeats): a client cannot make the server read more than this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBody {

    /** Bytes. */
    long value();
}
