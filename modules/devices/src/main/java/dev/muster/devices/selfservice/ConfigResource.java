package dev.muster.devices.selfservice;

import dev.muster.devices.api.DeviceConfig;
import dev.muster.devices.registry.OwnDevice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a device agent needs to know: API version, heartbeat interval, thresholds, features. */
@Path("config")
@RequestScoped
@Tag(name = "Device self-service")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    @Inject
    OwnDevice self;

    @GET
    @Operation(summary = "The calling device's configuration: API version, heartbeat interval, offline and stale thresholds, features")
    public DeviceConfig config() {
        return self.config();
    }
}
