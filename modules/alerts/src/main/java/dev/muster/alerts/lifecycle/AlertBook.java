package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertAcknowledgements;
import dev.muster.alerts.api.AlertFilter;
import dev.muster.alerts.api.AlertList;
import dev.muster.alerts.api.AlertNote;
import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.AlertSummary;
import dev.muster.alerts.api.AlertView;
import dev.muster.alerts.api.Alerts;
import dev.muster.alerts.api.Assignment;
import dev.muster.alerts.api.BulkAlertRequest;
import dev.muster.alerts.api.BulkAlertResult;
import dev.muster.alerts.api.NewAlert;
import dev.muster.alerts.api.Severity;
import dev.muster.devices.api.DeviceLabel;
import dev.muster.devices.api.DeviceLabels;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldChecks;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.tenants.api.MemberView;
import dev.muster.tenants.api.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The alerts of the caller's tenant, for its users and API keys: viewers read, operators act.
 * Every change is audited and noticed in the same transaction ({@link Occurrences#change}); a
 * change that does not apply (acknowledging a resolved alert) changes nothing and answers the
 * alert as it is, so a repeated request is harmless.
 */
@ApplicationScoped
@Transactional
public class AlertBook implements Alerts, AlertAcknowledgements {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Occurrences occurrences;

    @Inject
    DeviceLabels devices;

    @Inject
    Members members;

    @Inject
    Clock clock;

    @Override
    @Authorized(Role.VIEWER)
    public AlertList list(AlertFilter filter, String after, int limit) {
        AlertFilter effective = filter == null ? AlertFilter.ALL : filter;
        int size = new PageRequest(0, limit).limit();
        AlertQuery query = new AlertQuery(effective);
        List<Alert> rows = query.page(em, after, size);
        boolean more = rows.size() > size;
        List<Alert> page = more ? rows.subList(0, size) : rows;
        String next = more ? AlertQuery.cursorAfter(page.get(page.size() - 1)) : null;
        return new AlertList(page.stream().map(a -> a.view(false)).toList(), query.count(em),
                new AlertQuery(effective.anySeverity()).countsBySeverity(em), next);
    }

    @Override
    @Authorized(Role.VIEWER)
    public AlertView get(UUID id) {
        return require(id).view(true);
    }

    /** An operator's alert, about a device of the tenant or the tenant as a whole; custom types only. */
    @Override
    @Authorized(Role.OPERATOR)
    public AlertView raise(NewAlert request) {
        if (request == null) {
            throw MusterException.invalid("alert", "must not be null");
        }
        FieldChecks fields = new FieldChecks();
        Checked checked = check(fields, request);
        Alert.DeviceLabel device = null;
        if (request.deviceId() != null) {
            DeviceLabel label = devices.of(Set.of(request.deviceId())).get(request.deviceId());
            if (label == null) {
                fields.fail("deviceId", "no such device");
            } else {
                device = new Alert.DeviceLabel(label.id(), label.name(), label.group());
            }
        }
        fields.verify();
        Caller caller = callers.caller();
        Alert alert = occurrences.raise(new Occurrence(caller.tenantId(), device, AlertSource.MANUAL, checked.type(),
                checked.severity(), checked.message(), checked.details(), clock.instant(), caller.name(), null)).orElseThrow();
        return alert.view(true);
    }

    /** The checked parts of a {@link NewAlert}, for operators and devices alike. */
    public record Checked(String type, Severity severity, String message, String details) {
    }

    /** Checks type, severity, message and details of a raise, collecting faults in {@code fields}. */
    public static Checked check(FieldChecks fields, NewAlert request) {
        String type = request.type() == null ? null : request.type().strip();
        if (!AlertTypes.custom(type)) {
            fields.fail("type", AlertTypes.BUILT_IN.contains(type) ? "is raised by the server only; use a type of your own"
                    : "must be 2 to 40 of A-Z, 0-9 and _, starting with a letter");
        }
        if (request.severity() == null) {
            fields.fail("severity", "must be one of CRITICAL, MAJOR, MINOR, WARNING, INFO");
        }
        String message = fields.line("message", request.message(), Alert.MESSAGE);
        if (message == null && request.message() == null) {
            fields.fail("message", "must not be blank");
        }
        Map<String, String> details = AlertDetails.check(fields, "details", request.details());
        return new Checked(type, request.severity(), message, AlertDetails.write(details));
    }

    @Override
    @Authorized(Role.VIEWER)
    public Optional<AlertSummary> find(UUID alertId) {
        return Optional.ofNullable(alertId == null ? null : em.find(Alert.class, alertId)).map(Alert::summary);
    }

    @Override
    @Authorized(Role.OPERATOR)
    public AlertSummary acknowledge(UUID alertId, String note) {
        return act(alertId, note, Alert::acknowledge).summary();
    }

    @Override
    @Authorized(Role.OPERATOR)
    public AlertView acknowledge(UUID id, AlertNote note) {
        return act(id, note == null ? null : note.note(),
                Alert::acknowledge).view(true);
    }

    @Override
    @Authorized(Role.OPERATOR)
    public AlertView resolve(UUID id, AlertNote note) {
        return act(id, note == null ? null : note.note(),
                (alert, actor, at, text) -> alert.resolve(actor, at, text, null)).view(true);
    }

    /** Reopens a resolved alert; refused while another unresolved alert of its device and type exists. */
    @Override
    @Authorized(Role.OPERATOR)
    public AlertView reopen(UUID id, AlertNote note) {
        Alert alert = require(id);
        String key = Alert.openKey(alert.deviceId(), alert.type());
        if (alert.status() == AlertStatus.RESOLVED && key != null && !em.createQuery(
                "select a.id from Alert a where a.openKey = :key", UUID.class).setParameter("key", key).getResultList().isEmpty()) {
            String message = "The device has another unresolved " + alert.type() + " alert; act on that one";
            throw new MusterException(ErrorCode.CONFLICT, message, List.of(new FieldError("status", message)), null);
        }
        return act(id, note == null ? null : note.note(),
                Alert::reopen).view(true);
    }

    @Override
    @Authorized(Role.OPERATOR)
    public AlertView note(UUID id, AlertNote note) {
        FieldChecks fields = new FieldChecks();
        String text = fields.paragraph("note", note == null ? null : note.note(), Alert.NOTE);
        if (text == null) {
            fields.fail("note", "must not be blank");
        }
        fields.verify();
        Alert alert = require(id);
        alert.note(actor(), clock.instant(), text);
        em.flush();
        occurrences.audit(alert, "alert.noted", text);
        return alert.view(true);
    }

    /** Assigns the alert to a member of the tenant, by email; a blank assignee unassigns it. */
    @Override
    @Authorized(Role.OPERATOR)
    public AlertView assign(UUID id, Assignment assignment) {
        String email = assignment == null || assignment.assignee() == null || assignment.assignee().isBlank() ? null
                : assignment.assignee().strip().toLowerCase(Locale.ROOT);
        MemberView member = null;
        if (email != null) {
            member = members.list(email, new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
                    .filter(m -> m.email().equalsIgnoreCase(email)).findFirst()
                    .orElseThrow(() -> MusterException.invalid("assignee", "is not a member of this organisation"));
        }
        Alert alert = require(id);
        if (alert.assign(member == null ? null : member.userId(), member == null ? null : member.email(), actor(), clock.instant())) {
            em.flush();
            occurrences.audit(alert, "alert.assigned", member == null ? "unassigned" : "to " + member.email());
        }
        return alert.view(true);
    }

    /** Acknowledges or resolves a selection or every alert a filter matches, reporting each alert's outcome. */
    @Override
    @Authorized(Role.OPERATOR)
    public BulkAlertResult bulk(BulkAlertRequest request) {
        FieldChecks fields = new FieldChecks();
        if (request == null || request.action() == null) {
            throw MusterException.invalid("action", "must be ACKNOWLEDGE or RESOLVE");
        }
        String note = fields.paragraph("note", request.note(), Alert.NOTE);
        if (request.ids() == null && (request.filter() == null || request.filter().isEmpty())) {
            fields.fail("filter", "give ids or a filter");
        }
        if (request.ids() != null && request.ids().size() > BulkAlertRequest.MAX_ALERTS) {
            fields.fail("ids", "at most " + BulkAlertRequest.MAX_ALERTS + " alerts at once");
        }
        fields.verify();
        List<BulkAlertResult.Item> items = new ArrayList<>();
        List<Alert> alerts;
        if (request.ids() != null) {
            Set<UUID> ids = new LinkedHashSet<>(request.ids());
            ids.remove(null);
            alerts = ids.isEmpty() ? List.of() : em.createQuery("select a from Alert a where a.id in :ids order by a.id", Alert.class)
                    .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            Set<UUID> found = new LinkedHashSet<>();
            alerts.forEach(a -> found.add(a.id()));
            ids.stream().filter(id -> !found.contains(id)).forEach(id -> items.add(new BulkAlertResult.Item(id,
                    BulkAlertResult.Outcome.NOT_FOUND)));
        } else {
            alerts = new AlertQuery(request.filter()).all(em, BulkAlertRequest.MAX_ALERTS + 1);
            if (alerts.size() > BulkAlertRequest.MAX_ALERTS) {
                throw new MusterException(ErrorCode.VALIDATION_FAILED, "The filter matches more than " + BulkAlertRequest.MAX_ALERTS
                        + " alerts; narrow it", List.of(new FieldError("filter", "matches too many alerts")), null);
            }
        }
        Instant now = clock.instant();
        String actor = actor();
        long changed = 0;
        for (Alert alert : alerts) {
            BulkAlertResult.Outcome outcome;
            if (request.preview()) {
                boolean would = request.action() == BulkAlertRequest.Action.ACKNOWLEDGE ? alert.status() == AlertStatus.OPEN
                        : alert.status() != AlertStatus.RESOLVED;
                outcome = would ? BulkAlertResult.Outcome.WOULD_CHANGE : BulkAlertResult.Outcome.UNCHANGED;
            } else {
                Optional<AlertNotice.Change> change = request.action() == BulkAlertRequest.Action.ACKNOWLEDGE
                        ? alert.acknowledge(actor, now, note) : alert.resolve(actor, now, note, null);
                change.ifPresent(c -> occurrences.change(alert, c, actor, now));
                outcome = change.isPresent() ? BulkAlertResult.Outcome.CHANGED : BulkAlertResult.Outcome.UNCHANGED;
            }
            if (outcome == BulkAlertResult.Outcome.CHANGED) {
                changed++;
            }
            items.add(new BulkAlertResult.Item(alert.id(), outcome));
        }
        return new BulkAlertResult(request.action(), alerts.size(), changed, request.preview(), items);
    }

    /** One of the alert's moves, by {@code actor} at {@code at} with an optional note. */
    private interface Move {
        Optional<AlertNotice.Change> apply(Alert alert, String actor, Instant at, String note);
    }

    private Alert act(UUID id, String note, Move move) {
        FieldChecks fields = new FieldChecks();
        String text = fields.paragraph("note", note, Alert.NOTE);
        fields.verify();
        Alert alert = require(id);
        String actor = actor();
        Instant now = clock.instant();
        move.apply(alert, actor, now, text).ifPresent(change -> {
            em.flush();
            occurrences.change(alert, change, actor, now);
        });
        return alert;
    }

    private Alert require(UUID id) {
        // locked: a repeat counting up the same alert meanwhile waits instead of failing on the version
        Alert alert = id == null ? null : em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw MusterException.notFound("Alert");
        }
        return alert;
    }

    private String actor() {
        return callers.caller().name();
    }
}
