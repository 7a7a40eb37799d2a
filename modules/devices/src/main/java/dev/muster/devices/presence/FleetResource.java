package dev.muster.devices.presence;

import dev.muster.devices.api.Devices;
import dev.muster.devices.api.FleetSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fleet at a glance, for users and read-only API keys (the device list itself is {@code GET /devices}). */
@Path("fleet")
@RequestScoped
@Tag(name = "Devices")
@Produces(MediaType.APPLICATION_JSON)
public class FleetResource {

    @Inject
    Devices devices;

    @GET
    @Operation(summary = "Device counts by presence; the most common OS, types, agent versions and groups")
    public FleetSummary summary() {
        return devices.fleet();
    }
}
