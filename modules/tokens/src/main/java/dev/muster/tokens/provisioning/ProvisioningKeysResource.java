package dev.muster.tokens.provisioning;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tokens.api.CreatedProvisioningKey;
import dev.muster.tokens.api.NewProvisioningKey;
import dev.muster.tokens.api.ProvisioningKeyView;
import dev.muster.tokens.api.ProvisioningKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Provisioning keys of the caller's tenant (OWNER or ADMIN), for factory images. */
@Path("provisioning-keys")
@RequestScoped
@Tag(name = "Provisioning keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningKeysResource {

    @Inject
    ProvisioningKeys keys;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a provisioning key; the key is in this answer and nowhere else, ever")
    public Response create(@NotNull NewProvisioningKey request) {
        CreatedProvisioningKey created = keys.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.provisioningKey().id().toString()).build())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(summary = "List provisioning keys, newest first")
    public Page<ProvisioningKeyView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return keys.list(PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One provisioning key")
    public ProvisioningKeyView get(@PathParam("id") UUID id) {
        return keys.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a provisioning key; devices already enrolled with it stay enrolled")
    public ProvisioningKeyView revoke(@PathParam("id") UUID id) {
        return keys.revoke(id);
    }
}
