package dev.muster.tenants.invitations;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tenants.api.InvitationView;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Profile;
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

/** Invitations into the caller's tenant, and their acceptance (public, by token). */
@Path("invitations")
@RequestScoped
@Tag(name = "Users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @POST
    @Operation(summary = "Invite someone by email (the mail is queued and sent asynchronously)")
    public Response invite(@NotNull @Valid InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.invite(request.email(), request.role())).build();
    }

    @GET
    @Operation(summary = "List invitations with their status")
    public Page<InvitationView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return invitations.list(PageRequest.of(offset, limit));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a pending invitation")
    public Response revoke(@PathParam("id") UUID id) {
        invitations.revoke(id);
        return Response.noContent().build();
    }

    @POST
    @Path("preview")
    @Operation(summary = "What an invitation token is for (public)")
    public Invitations.InvitationPreview preview(@NotNull @Valid TokenBody body) {
        return invitations.preview(body.token());
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept an invitation: set up the account or join with an existing one (public)")
    public Profile accept(@NotNull @Valid Acceptance acceptance) {
        return invitations.accept(acceptance.token(), acceptance.displayName(), acceptance.password());
    }
}
