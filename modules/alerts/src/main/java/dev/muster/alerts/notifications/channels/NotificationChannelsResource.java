package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.ChannelRequest;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.CreatedChannel;
import dev.muster.alerts.api.DeliveryView;
import dev.muster.alerts.api.NotificationChannels;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Notification channels of the caller's tenant (ADMIN). */
@Path("notification-channels")
@RequestScoped
@Tag(name = "Notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationChannelsResource {

    @Inject
    NotificationChannels channels;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create an EMAIL, SLACK or WEBHOOK channel; a webhook's signing key is in this answer and nowhere else, ever")
    public Response create(@NotNull ChannelRequest request) {
        CreatedChannel created = channels.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.channel().id().toString()).build())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(summary = "List the channels by name")
    public Page<ChannelView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return channels.list(PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One channel; secrets are never shown, a Slack URL only as a hint")
    public ChannelView get(@PathParam("id") UUID id) {
        return channels.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace name, enabled, recipients, subscription; a missing url keeps the current target")
    public ChannelView replace(@PathParam("id") UUID id, @NotNull ChannelRequest request) {
        return channels.replace(id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a channel with its delivery log; the audit log keeps the record")
    public Response delete(@PathParam("id") UUID id) {
        channels.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "A new signing key for a WEBHOOK channel, in this answer only; the old one stops at once")
    public Response rotateSecret(@PathParam("id") UUID id) {
        return Response.ok(channels.rotateSecret(id)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Send a test notification through the queue; follow it in /notification-deliveries/{id}")
    public Response sendTest(@PathParam("id") UUID id) {
        DeliveryView delivery = channels.sendTest(id);
        return Response.accepted(delivery).build();
    }
}
