package dev.muster.console.view.alerts;

import dev.muster.alerts.api.AcknowledgeLink;
import dev.muster.alerts.api.AcknowledgeLinks;
import dev.muster.alerts.api.AlertAcknowledgements;
import dev.muster.alerts.api.AlertSummary;
import dev.muster.alerts.api.Severity;
import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.Formats;
import dev.muster.console.session.ConsoleSession;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import dev.muster.tenants.api.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /alerts/acknowledge.xhtml#<token>}: where the acknowledge link of an alert's mail or Slack
 * message lands, after sign-in. A script moves the token from the URL fragment (kept in the tab's
 * {@code sessionStorage} across the sign-in redirect) into a hidden field and asks for the link to be
 * read; opening the page changes nothing. A genuine, unexpired link shows its alert to a member of the
 * alert's tenant (switching the session to that tenant, with a redirect so the whole page shows it);
 * an OPERATOR adds an optional note and confirms with a POST, which acknowledges through
 * {@link AlertAcknowledgements} (audited, on the timeline, noticed). The outcome is shown after a
 * redirect (post-redirect-get): acknowledged by you, already acknowledged by someone, or already
 * resolved. Altered, expired and other organisations' links are refused with a message.
 */
@Named
@ViewScoped
public class AcknowledgeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "acknowledgeForm";
    /** Flash: the token, carried over the redirect after a tenant switch. */
    private static final String FLASH_TOKEN = "acknowledgeToken";
    /** Flash: the alert id and whether this user's confirmation acknowledged it, after confirming. */
    private static final String FLASH_ALERT = "acknowledgeAlert";
    private static final String FLASH_MINE = "acknowledgeMine";

    /** Where the page is. */
    public enum State {
        /** The script has not handed over the token yet. */
        WAITING,
        /** The link or the user was refused; {@link #getMessage()} says why. */
        REFUSED,
        /** The alert is shown; an OPERATOR may confirm while it is open. */
        READY,
        /** Confirmed: the outcome is shown. */
        DONE
    }

    @Inject
    AcknowledgeLinks links;

    @Inject
    AlertAcknowledgements acknowledgements;

    @Inject
    Accounts accounts;

    @Inject
    ConsoleSession session;

    @Inject
    CallerContext callers;

    @Inject
    Formats formats;

    private String token;
    private String note;
    private State state = State.WAITING;
    private String messageKey;
    private String[] messageArgs = new String[0];
    private UUID alertId;
    private boolean mayAcknowledge;
    private boolean mine;
    /** Whether the page shows the alert (it was found in the user's tenant). */
    private boolean alertShown;
    /** Not serializable (an API record); read again from {@link #alertId} when needed. */
    private transient AlertSummary alert;

    @PostConstruct
    void init() {
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        if (flash.get(FLASH_ALERT) instanceof String done) {
            alertId = UUID.fromString(done);
            mine = Boolean.TRUE.equals(flash.get(FLASH_MINE));
            state = State.DONE;
            alert = acknowledgements.find(alertId).orElse(null);
            alertShown = alert != null;
            if (alert == null) {
                refuse("acknowledge.gone");
            }
        } else if (flash.get(FLASH_TOKEN) instanceof String carried) {
            token = carried;
            read();
        }
    }

    /** Reads the token the script handed over; changes nothing but the session's current tenant. */
    public void read() {
        if (token == null || token.isBlank()) {
            refuse("acknowledge.noToken");
            return;
        }
        AcknowledgeLink link = links.read(token);
        if (link.status() == AcknowledgeLink.Status.INVALID) {
            refuse("acknowledge.invalid");
            return;
        }
        if (link.status() == AcknowledgeLink.Status.EXPIRED) {
            refuse("acknowledge.expired", formats.instant(link.expiresAt()));
            return;
        }
        alertId = link.alertId();
        Optional<Caller> caller = actIn(link.tenantId());
        if (caller.isEmpty()) {
            return;
        }
        if (!Objects.equals(session.tenantId(), link.tenantId())) {
            session.switchTo(link.tenantId());
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put(FLASH_TOKEN, token);
            Feedback.flashInfo("acknowledge.switched");
            Feedback.redirectToSelf();
            return;
        }
        alert = acknowledgements.find(alertId).orElse(null);
        if (alert == null) {
            refuse("acknowledge.gone");
            return;
        }
        alertShown = true;
        mayAcknowledge = caller.get().has(Role.OPERATOR);
        state = mayAcknowledge ? State.READY : State.REFUSED;
        if (!mayAcknowledge) {
            messageKey = "acknowledge.role";
            messageArgs = new String[0];
        }
    }

    /** The signed-in user confirms: acknowledges the alert with the note, then shows the outcome. */
    public void confirm() {
        AcknowledgeLink link = links.read(token);
        if (!link.valid()) {
            read();
            return;
        }
        Optional<Caller> caller = actIn(link.tenantId());
        if (caller.isEmpty()) {
            return;
        }
        if (!Objects.equals(session.tenantId(), link.tenantId())) {
            // the user switched tenants in another tab meanwhile: confirm nothing, show the link again
            read();
            return;
        }
        AlertSummary before = acknowledgements.find(link.alertId()).orElse(null);
        if (before == null) {
            refuse("acknowledge.gone");
            return;
        }
        AlertSummary after;
        try {
            after = "OPEN".equals(before.status()) ? acknowledgements.acknowledge(link.alertId(), note) : before;
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM, Map.of("note", "note"));
            return;
        }
        boolean acknowledgedNow = "OPEN".equals(before.status()) && "ACKNOWLEDGED".equals(after.status())
                && caller.get().name().equals(after.acknowledgedBy());
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(FLASH_ALERT, link.alertId().toString());
        flash.put(FLASH_MINE, acknowledgedNow);
        token = null;
        Feedback.redirectToSelf();
    }

    /**
     * The caller in the link's tenant: the current one, or the user's membership there (checked like
     * a switch of tenant). Empty, with the page refused, when the user may not act there.
     */
    private Optional<Caller> actIn(UUID tenantId) {
        Caller current = callers.caller();
        if (Objects.equals(current.tenantId(), tenantId)) {
            return Optional.of(current);
        }
        try {
            Caller there = accounts.callerFor(session.userId(), tenantId, session.signedInAt());
            callers.set(there);
            return Optional.of(there);
        } catch (MusterException refused) {
            if (refused.code() == ErrorCode.FORBIDDEN || refused.code() == ErrorCode.NOT_FOUND) {
                refuse("acknowledge.notMember");
            } else {
                refuse("acknowledge.cannotAct", refused.getMessage());
            }
            return Optional.empty();
        }
    }

    private void refuse(String key, String... args) {
        state = State.REFUSED;
        messageKey = key;
        messageArgs = args;
        alert = null;
        alertShown = false;
    }

    /** Why the page refuses, or null. */
    public String getMessage() {
        return messageKey == null ? null : Feedback.text(messageKey, (Object[]) messageArgs);
    }

    /**
     * Where the alert stands, once confirmed or when it was past acknowledging already: acknowledged
     * by you at …, already acknowledged by someone at …, already resolved. Null while it is open and
     * not confirmed.
     */
    public String getOutcome() {
        AlertSummary shown = getAlert();
        if (shown == null) {
            return null;
        }
        if ("RESOLVED".equals(shown.status())) {
            return Feedback.text("acknowledge.alreadyResolved");
        }
        if ("ACKNOWLEDGED".equals(shown.status())) {
            String at = formats.instantSeconds(shown.acknowledgedAt());
            return mine ? Feedback.text("acknowledge.done", at)
                    : Feedback.text("acknowledge.already", String.valueOf(shown.acknowledgedBy()), at);
        }
        return state == State.DONE ? Feedback.text("acknowledge.stillOpen") : null;
    }

    /** The confirm form shows: an OPERATOR, the alert still open, not confirmed yet. */
    public boolean isConfirmable() {
        AlertSummary shown = getAlert();
        return state == State.READY && mayAcknowledge && shown != null && "OPEN".equals(shown.status());
    }

    public String tag(Severity severity) {
        return AlertsBacking.tagSeverity(severity);
    }

    public AlertSummary getAlert() {
        if (alert == null && alertShown) {
            alert = acknowledgements.find(alertId).orElse(null);
        }
        return alert;
    }

    public State getState() { return state; }
    public boolean isMayAcknowledge() { return mayAcknowledge; }
    public UUID getAlertId() { return alertId; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
