package dev.muster.console.view.alerts;

import dev.muster.alerts.api.AlertNote;
import dev.muster.alerts.api.AlertView;
import dev.muster.alerts.api.Alerts;
import dev.muster.alerts.api.Assignment;
import dev.muster.alerts.api.Severity;
import dev.muster.console.faces.Feedback;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /alerts/alert.xhtml?id=…}: one alert with its timeline; operators acknowledge or resolve
 * it with a note, reopen it, assign it and add notes. Every action redirects to the page again
 * (post-redirect-get) with a message; an unknown id, or another tenant's, answers 404.
 */
@Named
@ViewScoped
public class AlertBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "alertActionForm";

    @Inject
    Alerts alerts;

    private String id;
    private UUID alertId;
    private transient AlertView alert;
    private String note;
    private String assignee;

    /** The view action: loads the alert, or answers 404. */
    public void load() {
        try {
            alertId = id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            alertId = null;
        }
        if (alertId == null) {
            Feedback.notFound();
            return;
        }
        try {
            alert = alerts.get(alertId);
        } catch (MusterException refused) {
            if (refused.code() == ErrorCode.NOT_FOUND) {
                Feedback.notFound();
                return;
            }
            throw refused;
        }
        assignee = alert.assigneeName();
    }

    public void acknowledge() {
        act(() -> alerts.acknowledge(alertId, new AlertNote(note)), "alert.acknowledged");
    }

    public void resolve() {
        act(() -> alerts.resolve(alertId, new AlertNote(note)), "alert.resolved");
    }

    public void reopen() {
        act(() -> alerts.reopen(alertId, new AlertNote(note)), "alert.reopened");
    }

    public void addNote() {
        act(() -> alerts.note(alertId, new AlertNote(note)), "alert.noted");
    }

    public void assign() {
        act(() -> alerts.assign(alertId, new Assignment(assignee)), "alert.assigned");
    }

    private void act(Supplier<AlertView> action, String doneKey) {
        try {
            action.get();
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM, Map.of("note", "note", "assignee", "assignee", "status", "note"));
            return;
        }
        Feedback.flashInfo(doneKey);
        Feedback.redirect("/alerts/alert.xhtml?id=" + alertId);
    }

    public String tag(Severity severity) {
        return AlertsBacking.tagSeverity(severity);
    }

    public AlertView getAlert() { return alert; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
}
