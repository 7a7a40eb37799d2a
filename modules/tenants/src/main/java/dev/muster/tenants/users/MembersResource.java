package dev.muster.tenants.users;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.MemberView;
import dev.muster.tenants.api.Members;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The members of the caller's current tenant. */
@Path("members")
@RequestScoped
@Tag(name = "Users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    @GET
    @Operation(summary = "List members (filter by email or name)")
    public Page<MemberView> list(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        return members.list(text, PageRequest.of(offset, limit));
    }

    @PUT
    @Path("{userId}/role")
    @Operation(summary = "Change a member's role (ADMIN; only an OWNER grants or takes OWNER)")
    public MemberView changeRole(@PathParam("userId") UUID userId, @NotNull @Valid RoleChange change) {
        return members.changeRole(userId, change.role());
    }

    @DELETE
    @Path("{userId}")
    @Operation(summary = "Remove a member from the tenant; the account stays")
    public Response remove(@PathParam("userId") UUID userId) {
        members.remove(userId);
        return Response.noContent().build();
    }
}
