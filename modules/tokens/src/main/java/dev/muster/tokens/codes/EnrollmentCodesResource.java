package dev.muster.tokens.codes;

import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tokens.api.CreatedEnrollmentCode;
import dev.muster.tokens.api.EnrollmentCodeView;
import dev.muster.tokens.api.EnrollmentCodes;
import dev.muster.tokens.api.GrantStatus;
import dev.muster.tokens.api.NewEnrollmentCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.util.Locale;
import java.util.UUID;

/** Enrollment codes of the caller's tenant (OWNER or ADMIN). */
@Path("enrollment-codes")
@RequestScoped
@Tag(name = "Enrollment codes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentCodesResource {

    @Inject
    EnrollmentCodes codes;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create an enrollment code; the code is in this answer and nowhere else, ever")
    public Response create(NewEnrollmentCode request) {
        CreatedEnrollmentCode created = codes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.enrollmentCode().id().toString()).build())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(summary = "List enrollment codes, newest first, with status, uses and the devices that used them")
    public Page<EnrollmentCodeView> list(@QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                         @QueryParam("limit") Integer limit) {
        return codes.list(Grants.status(status), PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enrollment code with the devices that used it")
    public EnrollmentCodeView get(@PathParam("id") UUID id) {
        return codes.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an enrollment code; devices already enrolled with it stay enrolled")
    public EnrollmentCodeView revoke(@PathParam("id") UUID id) {
        return codes.revoke(id);
    }

    /** Query parameter parsing shared by the code and key lists. */
    public static final class Grants {

        private Grants() {
        }

        public static GrantStatus status(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return GrantStatus.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw MusterException.invalid("status", "must be one of active, used_up, expired, revoked");
            }
        }
    }
}
