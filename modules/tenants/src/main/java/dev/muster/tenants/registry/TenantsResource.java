package dev.muster.tenants.registry;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.rest.Versions;
import dev.muster.tenants.api.NewTenant;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantUpdate;
import dev.muster.tenants.api.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Tenants. Creating, suspending and deleting are for platform administrators. */
@Path("tenants")
@RequestScoped
@Tag(name = "Tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    TenantCatalog tenants;

    @GET
    @Operation(summary = "List tenants (platform administrators)")
    public Page<TenantView> list(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        return tenants.list(text, PageRequest.of(offset, limit));
    }

    @GET
    @Path("mine")
    @Operation(summary = "The tenants the caller belongs to")
    public List<TenantView> mine() {
        return tenants.mine();
    }

    @POST
    @Operation(summary = "Create a tenant, optionally inviting its owner")
    public Response create(@NotNull @Valid NewTenant request, @Context UriInfo uri) {
        TenantView created = tenants.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant; the ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        TenantView tenant = tenants.get(id);
        return Response.ok(tenant).tag(etag(tenant)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update name, contact and settings; send If-Match with the ETag you read")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TenantUpdate update) {
        TenantView updated = tenants.update(id, update, Versions.expected(ifMatch, "GET /tenants/" + id));
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a tenant: its users and devices are refused, nothing is deleted")
    public TenantView suspend(@PathParam("id") UUID id) {
        return tenants.suspend(id);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Re-activate a suspended tenant")
    public TenantView activate(@PathParam("id") UUID id) {
        return tenants.activate(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a tenant and everything it owns; the audit log keeps the record")
    public Response delete(@PathParam("id") UUID id) {
        tenants.delete(id);
        return Response.noContent().build();
    }

    private static EntityTag etag(TenantView tenant) {
        return Versions.etag(tenant.version());
    }
}
