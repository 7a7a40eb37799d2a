package dev.muster.platform.audit;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The audit log, read-only. Tenant admins see their tenant's entries; a platform administrator
 * acting outside any tenant sees all entries, platform-level ones included.
 */
@Path("audit")
@RequestScoped
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    CallerContext callers;

    @GET
    @Authorized(anyUser = true)
    @Operation(summary = "Audit entries, newest first (filters: action, actor, q, from, to as ISO-8601 instants)")
    public Page<AuditRecord> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                  @QueryParam("q") String text, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("offset") Integer offset,
                                  @QueryParam("limit") Integer limit) {
        Caller caller = callers.caller();
        AuditQuery query = new AuditQuery(action, actor, text, instant("from", from), instant("to", to));
        return trail.find(caller.tenantId(), query, PageRequest.of(offset, limit));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw MusterException.invalid(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
