package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.api.AttemptView;
import dev.muster.alerts.api.DeliveryStatus;
import dev.muster.alerts.api.DeliveryView;
import dev.muster.alerts.api.NotificationDeliveries;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The delivery log of the caller's tenant (ADMIN): what was sent where, failures and dead letters. */
@Path("notification-deliveries")
@RequestScoped
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    @Inject
    NotificationDeliveries deliveries;

    @GET
    @Operation(summary = "Deliveries, newest first; status=DEAD lists the dead letters, WAITING the failures waiting for a retry")
    public Page<DeliveryView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                   @QueryParam("alert") String alert, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        return deliveries.list(status(status), id("channel", channel), id("alert", alert), PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One delivery; its id is the Idempotency-Key its receiver saw")
    public DeliveryView get(@PathParam("id") UUID id) {
        return deliveries.get(id);
    }

    @GET
    @Path("{id}/attempts")
    @Operation(summary = "Every attempt of a delivery: number, time, outcome, error, the next try it scheduled")
    public List<AttemptView> attempts(@PathParam("id") UUID id) {
        return deliveries.attempts(id);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Retry a dead letter: a fresh round of attempts, queued now (409 unless it is DEAD)")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return deliveries.retry(id);
    }

    /** A query parameter's id: taken as a String, because JAX-RS answers a malformed UUID parameter with a bare 404. */
    private static UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw MusterException.invalid(field, "must be an id like 3f0c1a2e-5d7b-4c1e-9a0f-1b2c3d4e5f60");
        }
    }

    private static DeliveryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MusterException.invalid("status", "must be one of QUEUED, WAITING, DELIVERED, DEAD");
        }
    }
}
