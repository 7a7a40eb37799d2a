package dev.muster.devices.registry;

import dev.muster.devices.api.BulkRequest;
import dev.muster.devices.api.BulkResult;
import dev.muster.devices.api.CreatedDevice;
import dev.muster.devices.api.DeviceChanges;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceList;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.Devices;
import dev.muster.devices.api.NewDevice;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceHistory;
import dev.muster.devices.api.PresenceMark;
import dev.muster.devices.api.PresenceView;
import dev.muster.devices.api.SshExportFormat;
import dev.muster.platform.audit.AuditRecord;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.rest.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

/** The device registry of the caller's tenant, for its users and API keys. */
@Path("devices")
@RequestScoped
@Tag(name = "Devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    Devices devices;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Pre-register a device without an enrollment code; its secret is in this answer and nowhere else")
    public Response preRegister(@NotNull NewDevice device) {
        CreatedDevice created = devices.preRegister(device);
        return Response.created(uri.getAbsolutePathBuilder().path(created.device().id().toString()).build())
                .tag(Versions.etag(created.device().version())).header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(summary = "List devices with filters, sorting and keyset pagination; pass `next` as `after` for the following page")
    public DeviceList list(@BeanParam DeviceListQuery query) {
        DeviceFilter.Sort sort = DeviceFilter.Sort.parse(query.sort);
        if (sort == null) {
            throw MusterException.invalid("sort", "must be one of name, key, type, created");
        }
        if (query.order != null && !query.order.isBlank() && !query.order.strip().matches("(?i)asc|desc")) {
            throw MusterException.invalid("order", "must be asc or desc");
        }
        return devices.list(query.filter(), sort, "desc".equalsIgnoreCase(query.order), query.after, query.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One device; the ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        DeviceView device = devices.get(id);
        return Response.ok(device).tag(Versions.etag(device.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The device's history from the audit log, newest first")
    public Page<AuditRecord> history(@PathParam("id") UUID id, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        devices.get(id);
        return audit.history("device", id, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}/presence")
    @Operation(summary = "The device's presence: current state, uptime over 24 h / 7 d / 30 d, and its transitions, newest first")
    public PresenceHistory presence(@PathParam("id") UUID id, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return devices.presence(id, PageRequest.of(offset, limit));
    }

    @POST
    @Path("{id}/presence")
    @Operation(summary = "Mark a device OFFLINE or STALE by hand (reason MANUAL, audited with the note); its next heartbeat makes it ONLINE again")
    public PresenceView markPresence(@PathParam("id") UUID id, @NotNull PresenceMark mark) {
        return devices.markPresence(id, mark);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Change name, type, group, tags, notes or attributes; absent fields stay; send If-Match with the ETag you read")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull DeviceChanges changes) {
        DeviceView updated = devices.update(id, changes, Versions.expected(ifMatch, "GET /devices/" + id));
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a device for good: its secret and tokens stop working at once; it stays listed")
    public DeviceView revoke(@PathParam("id") UUID id) {
        return devices.revoke(id);
    }

    @POST
    @Path("{id}/reset")
    @Operation(summary = "Unprovision a device: credentials and reported info are cleared, id and key kept; it must enroll again")
    public DeviceView reset(@PathParam("id") UUID id) {
        return devices.reset(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "Issue a new device secret (in this answer only); the old secret and all tokens stop working at once")
    public Response rotateSecret(@PathParam("id") UUID id) {
        return Response.ok(devices.rotateSecret(id)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a device with everything that hangs off it; the audit log keeps the record")
    public Response delete(@PathParam("id") UUID id) {
        devices.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Tag, untag, move, revoke or delete devices by selection or filter; preview says how many it would touch")
    public BulkResult bulk(@NotNull BulkRequest request) {
        return devices.bulk(request);
    }

    @GET
    @Path("ssh-keys")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Export the devices' SSH public keys as authorized_keys or known_hosts text")
    public String exportSshKeys(@BeanParam DeviceListQuery query, @QueryParam("format") String format) {
        SshExportFormat parsed;
        try {
            parsed = format == null || format.isBlank() ? SshExportFormat.AUTHORIZED_KEYS
                    : SshExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw MusterException.invalid("format", "must be authorized_keys or known_hosts");
        }
        return devices.exportSshKeys(query.filter(), parsed);
    }

    /** The filter and paging query parameters of device lists. */
    public static class DeviceListQuery {

        @QueryParam("status")
        String status;

        @QueryParam("type")
        String type;

        @QueryParam("group")
        String group;

        @QueryParam("tag")
        String tag;

        @QueryParam("os")
        String os;

        @QueryParam("q")
        String text;

        @QueryParam("presence")
        String presence;

        @QueryParam("sort")
        String sort;

        @QueryParam("order")
        String order;

        @QueryParam("after")
        String after;

        @QueryParam("limit")
        String limit;

        int limit() {
            return PageRequest.limitParameter(limit);
        }

        DeviceFilter filter() {
            DeviceStatus parsed = null;
            if (status != null && !status.isBlank()) {
                try {
                    parsed = DeviceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw MusterException.invalid("status", "must be one of active, reset, revoked");
                }
            }
            Presence heard = null;
            if (presence != null && !presence.isBlank()) {
                try {
                    heard = Presence.valueOf(presence.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw MusterException.invalid("presence", "must be one of never_seen, online, offline, stale");
                }
            }
            return new DeviceFilter(parsed, type, group, tag, os, text, heard);
        }
    }
}
