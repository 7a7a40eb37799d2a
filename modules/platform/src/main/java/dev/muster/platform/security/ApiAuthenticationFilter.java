package dev.muster.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Establishes the {@link Caller} of a JAX-RS request before any resource runs ({@link ApiAuthentication}). */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    CallerContext callers;

    @Inject
    ApiAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        authentication.authenticate(request.getHeaderString(ApiAuthentication.API_KEY_HEADER),
                request.getHeaderString(HttpHeaders.AUTHORIZATION)).ifPresent(callers::set);
    }
}
