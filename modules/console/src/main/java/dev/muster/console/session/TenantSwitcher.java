package dev.muster.console.session;

import dev.muster.console.faces.Feedback;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Caller;
import dev.muster.tenants.api.Accounts;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/**
 * The layout's tenant switcher. Offered to users with more than one choice. The chosen tenant is
 * checked with {@link Accounts#callerFor} before it is stored, so a stale choice gives a message
 * instead of ending the session at the next request. The user stays on the current page when the
 * new tenant allows it, otherwise lands on the dashboard.
 */
@Named
@RequestScoped
public class TenantSwitcher {

    @Inject
    CurrentUser currentUser;

    @Inject
    ConsoleSession session;

    @Inject
    Accounts accounts;

    @Inject
    TenantCatalog catalog;

    private List<TenantChoice> choices;
    private String selected;

    public List<TenantChoice> getChoices() {
        if (choices == null) {
            List<TenantView> all = currentUser.isPlatformAdmin() ? catalog.mine() : List.of();
            choices = TenantChoice.of(currentUser.getProfile(), all, Feedback.text("layout.noTenant"));
        }
        return choices;
    }

    public boolean isAvailable() {
        return session.signedIn() && getChoices().size() > 1;
    }

    public String getSelected() {
        if (selected == null) {
            UUID current = session.tenantId();
            return current == null ? "" : current.toString();
        }
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public void switchTenant() {
        UUID target;
        try {
            target = selected == null || selected.isBlank() ? null : UUID.fromString(selected);
        } catch (IllegalArgumentException e) {
            Feedback.error("layout.switch.failed");
            return;
        }
        Caller caller;
        try {
            caller = accounts.callerFor(session.userId(), target);
        } catch (MusterException refused) {
            Feedback.error("layout.switch.refused", refused.getMessage());
            return;
        }
        session.switchTo(target);
        Feedback.flashInfo("layout.switch.done");
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        boolean stay = !ConsoleAccess.isPublic(view) && ConsoleAccess.allows(view, caller);
        Feedback.redirect(stay ? view : ConsoleAccess.HOME);
    }
}
