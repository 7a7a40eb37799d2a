package dev.muster.devices.presence;

import dev.muster.devices.api.Devices;
import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.FleetWindow;
import dev.muster.platform.errors.MusterException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    @Operation(summary = "Device counts by presence; the most common OS, types, agent versions and groups; fleet uptime over 24 h / 7 d / 30 d")
    public FleetSummary summary() {
        return devices.fleet();
    }

    @GET
    @Path("history")
    @Operation(summary = "Device counts by presence over the last 24h (default), 7d or 30d, from the server's samples, oldest first")
    public FleetHistory history(@QueryParam("window") String window) {
        FleetWindow parsed = FleetWindow.parse(window);
        if (parsed == null) {
            throw MusterException.invalid("window", "must be one of 24h, 7d, 30d");
        }
        return devices.fleetHistory(parsed);
    }
}
