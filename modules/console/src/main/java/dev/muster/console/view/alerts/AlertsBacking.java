package dev.muster.console.view.alerts;

import dev.muster.alerts.api.AlertFilter;
import dev.muster.alerts.api.AlertList;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.AlertView;
import dev.muster.alerts.api.Alerts;
import dev.muster.alerts.api.BulkAlertRequest;
import dev.muster.alerts.api.BulkAlertResult;
import dev.muster.alerts.api.Severity;
import dev.muster.console.faces.Feedback;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /alerts/index.xhtml}: the inbox. Unresolved alerts by default, filtered by status,
 * severity, type and group, newest first, with the counts by severity of the filter, paged on the
 * server by keyset (the cursors walked through are remembered for "previous"), and bulk
 * acknowledge or resolve of the selected rows.
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final String UNRESOLVED = "UNRESOLVED";

    @Inject
    Alerts alerts;

    private String status = UNRESOLVED;
    private Severity severity;
    private String type;
    private String group;

    private final Deque<String> previous = new ArrayDeque<>();
    private String after;
    private String next;
    private transient AlertList page;
    private List<AlertView> selected = new ArrayList<>();
    private String bulkNote;

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        previous.clear();
        after = null;
        load();
    }

    public void firstPage() {
        search();
    }

    public void nextPage() {
        if (next != null) {
            previous.push(after == null ? "" : after);
            after = next;
            load();
        }
    }

    public void previousPage() {
        if (!previous.isEmpty()) {
            String cursor = previous.pop();
            after = cursor.isEmpty() ? null : cursor;
            load();
        }
    }

    public void acknowledgeSelected() {
        bulk(BulkAlertRequest.Action.ACKNOWLEDGE);
    }

    public void resolveSelected() {
        bulk(BulkAlertRequest.Action.RESOLVE);
    }

    private void bulk(BulkAlertRequest.Action action) {
        if (selected.isEmpty()) {
            Feedback.error("alerts.noneSelected");
            return;
        }
        BulkAlertResult result;
        try {
            result = alerts.bulk(new BulkAlertRequest(action, selected.stream().map(AlertView::id).toList(), null, bulkNote, false));
        } catch (MusterException refused) {
            Feedback.refused(refused, "bulkForm", Map.of("note", "bulkNote"));
            return;
        }
        Feedback.flashInfo("alerts.bulkDone." + action.name(), result.changed(), result.matched());
        Feedback.redirectToSelf();
    }

    private void load() {
        type = type == null || type.isBlank() ? null : type.strip().toUpperCase(Locale.ROOT);
        group = group == null || group.isBlank() ? null : group.strip();
        AlertStatus exact = status == null || status.isBlank() || status.equals(UNRESOLVED) ? null : AlertStatus.valueOf(status);
        try {
            page = alerts.list(new AlertFilter(exact, UNRESOLVED.equals(status) ? Boolean.TRUE : null, severity, type, null, group,
                    null, null), after, PAGE_SIZE);
        } catch (MusterException refused) {
            Feedback.refused(refused, "alertFilterForm", Map.of("type", "type", "group", "group"));
            page = new AlertList(List.of(), 0, Map.of(), null);
        }
        next = page.next();
        selected = new ArrayList<>();
    }

    /** PrimeFaces tag severity of an alert severity. */
    public static String tagSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "danger";
            case MAJOR -> "warning";
            case MINOR, WARNING -> "info";
            case INFO -> "secondary";
        };
    }

    public String tag(Severity severity) {
        return tagSeverity(severity);
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<String> getStatuses() {
        return List.of(UNRESOLVED, AlertStatus.OPEN.name(), AlertStatus.ACKNOWLEDGED.name(), AlertStatus.RESOLVED.name());
    }

    public long count(Severity of) {
        Long count = page.countsBySeverity().get(of);
        return count == null ? 0 : count;
    }

    public List<AlertView> getRows() {
        return page.items();
    }

    public long getTotal() {
        return page.total();
    }

    public boolean isFirstPage() {
        return previous.isEmpty();
    }

    public boolean isLastPage() {
        return next == null;
    }

    public int getPageNumber() {
        return previous.size() + 1;
    }

    public List<AlertView> getSelected() {
        return selected;
    }

    public void setSelected(List<AlertView> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getBulkNote() { return bulkNote; }
    public void setBulkNote(String bulkNote) { this.bulkNote = bulkNote; }
}
