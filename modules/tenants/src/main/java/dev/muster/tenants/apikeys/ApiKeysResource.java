package dev.muster.tenants.apikeys;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.ApiKeyView;
import dev.muster.tenants.api.ApiKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** API keys of the caller's tenant; send a key as {@code X-Api-Key}. */
@Path("api-keys")
@RequestScoped
@Tag(name = "API keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    ApiKeys apiKeys;

    @POST
    @Operation(summary = "Create an API key; the key is in this answer and nowhere else, ever")
    public Response create(@NotNull @Valid NewApiKey request) {
        return Response.status(Response.Status.CREATED).entity(apiKeys.create(request.name(), request.scope()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "List API keys with their last use")
    public Page<ApiKeyView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return apiKeys.list(PageRequest.of(offset, limit));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key; it stops working at once")
    public Response revoke(@PathParam("id") UUID id) {
        apiKeys.revoke(id);
        return Response.noContent().build();
    }
}
