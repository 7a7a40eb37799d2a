package dev.muster.alerts.selfservice;

import dev.muster.alerts.api.AlertSummary;
import dev.muster.alerts.api.NewAlert;
import dev.muster.alerts.lifecycle.OpenKeyRace;
import dev.muster.platform.rest.MaxBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts devices raise about themselves, with their device token. */
@Path("device/alerts")
@RequestScoped
@Tag(name = "Device self-service")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceAlertsResource {

    static final long MAX_BYTES = 4_096;

    @Inject
    DeviceAlerts alerts;

    @POST
    @MaxBody(MAX_BYTES)
    @Operation(summary = "Raise an alert of a custom type about this device; an unresolved one of the same type counts up. "
            + "429 with Retry-After above the per-device rate")
    public Response raise(@NotNull NewAlert alert) {
        return Response.status(Response.Status.CREATED).entity(OpenKeyRace.retried(() -> alerts.raise(alert))).build();
    }
}
