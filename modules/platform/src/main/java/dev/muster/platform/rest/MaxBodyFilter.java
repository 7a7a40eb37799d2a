package dev.muster.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Applies {@link MaxBody} once the request is matched to its resource method. */
@Provider
@Priority(Priorities.AUTHENTICATION - 50)
public class MaxBodyFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        MaxBody max = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(MaxBody.class);
        if (max != null) {
            BodyLimitFilter.limit(request, max.value());
        }
    }
}
