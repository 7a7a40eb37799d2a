package dev.muster.devices.presence;

import dev.muster.platform.rest.MaxBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Heartbeats of devices, with their device token. One instance for all requests: the hottest path of the
 * server should not pay for creating and injecting a resource per request (a few per cent of a heartbeat).
 */
@Path("device/heartbeat")
@ApplicationScoped
@Tag(name = "Device self-service")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HeartbeatsResource {

    /** A heartbeat is small; anything bigger is refused before it is read. */
    static final long MAX_BYTES = 4_096;

    @Inject
    Heartbeats heartbeats;

    @POST
    @MaxBody(MAX_BYTES)
    @Operation(summary = "Report that the device is alive, with what it measures; answers server time, clock skew, "
            + "the interval to use next and the presence. 429 with Retry-After above the per-device rate")
    public HeartbeatAnswer beat(Heartbeat heartbeat) {
        return heartbeats.beat(heartbeat);
    }
}
