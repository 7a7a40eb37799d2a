package dev.muster.console.view;

import dev.muster.console.faces.Feedback;
import dev.muster.console.session.ConsoleAccess;
import dev.muster.console.session.ConsoleSession;
import dev.muster.console.session.SafeRedirects;
import dev.muster.console.session.TenantChoice;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Caller;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.Profile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /sign-in.xhtml}. Every refusal except throttling shows the same text, so the page does not
 * tell which accounts exist or are disabled. A successful sign-in gets a new session id before the
 * user is stored in it (session fixation).
 */
@Named
@RequestScoped
public class SignInBacking {

    /** Why the user was sent here; anything else in {@code ?reason=} is ignored. */
    private static final Set<String> REASONS = Set.of("signed-out", "ended");

    @Inject
    Accounts accounts;

    @Inject
    ConsoleSession session;

    private String email;
    private String password;
    private String next;
    private String reason;

    /** View action: an already signed-in user goes straight on. */
    public void redirectIfSignedIn() {
        if (session.signedIn() && !FacesContext.getCurrentInstance().isPostback()) {
            Feedback.redirect(SafeRedirects.afterSignIn(next));
        }
    }

    public void signIn() {
        Profile profile;
        try {
            profile = accounts.authenticate(email, password);
        } catch (MusterException refused) {
            password = null;
            if (refused.code() == ErrorCode.TOO_MANY_REQUESTS) {
                Duration wait = refused.retryAfter() == null ? Duration.ofMinutes(1) : refused.retryAfter();
                Feedback.error("signIn.throttled", Math.max(1, wait.toSeconds()));
            } else {
                Feedback.error("signIn.failed");
            }
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.getSession(true);
        request.changeSessionId();
        UUID tenant = TenantChoice.initialTenant(profile);
        session.signIn(profile.id(), tenant);
        String target;
        try {
            target = target(accounts.callerFor(profile.id(), tenant));
        } catch (MusterException refused) {
            target = ConsoleAccess.HOME;
        }
        Feedback.redirect(target);
    }

    /** Where to go: the validated {@code next} page if this user may open it there, else the dashboard. */
    private String target(Caller caller) {
        String target = SafeRedirects.afterSignIn(next);
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return ConsoleAccess.allows(path, caller) ? target : ConsoleAccess.HOME;
    }

    /** The bundle key of the note above the form, or null. */
    public String getReasonKey() {
        return reason != null && REASONS.contains(reason) ? "signIn.reason." + reason : null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
