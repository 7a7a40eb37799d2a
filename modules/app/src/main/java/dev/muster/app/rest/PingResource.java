package dev.muster.app.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest answer the API gives: 204, no authentication, no database. Agents and load
 * balancers can use it to tell "server reachable" from "credentials refused"; the heartbeat
 * benchmark uses it as the ceiling of the server and the machine it runs on.
 */
@Path("ping")
@ApplicationScoped
@Tag(name = "Health")
public class PingResource {

    @GET
    @Operation(summary = "204 No Content when the API is up; no authentication")
    public Response ping() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }
}
