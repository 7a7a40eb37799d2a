package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertFilter;
import dev.muster.alerts.api.AlertList;
import dev.muster.alerts.api.AlertNote;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.AlertView;
import dev.muster.alerts.api.Alerts;
import dev.muster.alerts.api.Assignment;
import dev.muster.alerts.api.BulkAlertRequest;
import dev.muster.alerts.api.BulkAlertResult;
import dev.muster.alerts.api.NewAlert;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** The alerts of the caller's tenant: viewers read, operators act. */
@Path("alerts")
@RequestScoped
@Tag(name = "Alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @Inject
    Alerts alerts;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List alerts, newest last occurrence first, with filters, counts by severity and keyset pagination; "
            + "pass `next` as `after` for the following page")
    public AlertList list(@BeanParam AlertListQuery query) {
        return alerts.list(query.filter(), query.after, query.limit());
    }

    @POST
    @Operation(summary = "Raise an alert of a custom type by hand, about a device or the whole tenant; an unresolved alert "
            + "of the same device and type counts a repeat instead")
    public Response raise(@NotNull NewAlert alert) {
        AlertView raised = OpenKeyRace.retried(() -> alerts.raise(alert));
        return Response.created(uri.getAbsolutePathBuilder().path(raised.id().toString()).build()).entity(raised).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert with its timeline")
    public AlertView get(@PathParam("id") UUID id) {
        return alerts.get(id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge an open alert with an optional note; an acknowledged or resolved alert stays as it is")
    public AlertView acknowledge(@PathParam("id") UUID id, AlertNote note) {
        return alerts.acknowledge(id, note);
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Resolve an alert with an optional note; a resolved alert stays as it is")
    public AlertView resolve(@PathParam("id") UUID id, AlertNote note) {
        return alerts.resolve(id, note);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a resolved alert; 409 while its device has another unresolved alert of the type")
    public AlertView reopen(@PathParam("id") UUID id, AlertNote note) {
        return alerts.reopen(id, note);
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "Assign the alert to a member by email; a blank assignee unassigns it")
    public AlertView assign(@PathParam("id") UUID id, @NotNull Assignment assignment) {
        return alerts.assign(id, assignment);
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note to the alert's timeline")
    public AlertView note(@PathParam("id") UUID id, @NotNull AlertNote note) {
        return alerts.note(id, note);
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Acknowledge or resolve alerts by ids or by filter (at most 1000), with each alert's outcome; "
            + "preview changes nothing")
    public BulkAlertResult bulk(@NotNull BulkAlertRequest request) {
        return alerts.bulk(request);
    }

    /** The filter and paging query parameters of alert lists. */
    public static class AlertListQuery {

        @QueryParam("status")
        String status;

        @QueryParam("severity")
        String severity;

        @QueryParam("type")
        String type;

        @QueryParam("device")
        String device;

        @QueryParam("group")
        String group;

        @QueryParam("from")
        String from;

        @QueryParam("to")
        String to;

        @QueryParam("after")
        String after;

        @QueryParam("limit")
        String limit;

        int limit() {
            return PageRequest.limitParameter(limit);
        }

        AlertFilter filter() {
            AlertStatus parsedStatus = null;
            Boolean unresolved = null;
            if (status != null && !status.isBlank()) {
                String name = status.strip().toUpperCase(Locale.ROOT);
                if (name.equals("UNRESOLVED")) {
                    unresolved = true;
                } else {
                    parsedStatus = parse(AlertStatus.class, name, "status", "must be one of open, acknowledged, resolved, unresolved");
                }
            }
            Severity parsedSeverity = severity == null || severity.isBlank() ? null : parse(Severity.class,
                    severity.strip().toUpperCase(Locale.ROOT), "severity", "must be one of critical, major, minor, warning, info");
            String parsedType = null;
            if (type != null && !type.isBlank()) {
                parsedType = type.strip().toUpperCase(Locale.ROOT);
                if (!AlertTypes.wellFormed(parsedType)) {
                    throw MusterException.invalid("type", "must be 2 to 40 of A-Z, 0-9 and _");
                }
            }
            UUID deviceId = null;
            if (device != null && !device.isBlank()) {
                try {
                    deviceId = UUID.fromString(device.strip());
                } catch (IllegalArgumentException e) {
                    throw MusterException.invalid("device", "must be a device id");
                }
            }
            return new AlertFilter(parsedStatus, unresolved, parsedSeverity, parsedType, deviceId,
                    group == null || group.isBlank() ? null : group.strip(), instant("from", from), instant("to", to));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, String message) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw MusterException.invalid(field, message);
            }
        }

        private static Instant instant(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw MusterException.invalid(field, "must be an ISO-8601 instant like 2026-11-23T12:00:00Z");
            }
        }
    }
}
