package dev.muster.tokens.enrollment;

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

/** Device enrollment with a one-time code or a provisioning key; no other authentication. */
@Path("enroll")
@RequestScoped
@Tag(name = "Enrollment")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrollResource {

    @Inject
    EnrollmentDesk desk;

    @POST
    @Operation(summary = "Enroll a device: 201 with its id, key, secret (shown once), a device token and the heartbeat interval. "
            + "Refusals: 401 unknown code, 409 used up or device already enrolled, 410 expired or revoked, "
            + "403 organisation suspended, 429 too many failures (Retry-After)")
    public Response enroll(@NotNull EnrollRequest request) {
        EnrollResponse enrolled = desk.enroll(request);
        return Response.status(Response.Status.CREATED).entity(enrolled).header("Cache-Control", "no-store").build();
    }
}
