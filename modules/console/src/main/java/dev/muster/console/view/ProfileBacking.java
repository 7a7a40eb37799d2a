package dev.muster.console.view;

import dev.muster.console.faces.Feedback;
import dev.muster.console.session.ConsoleSession;
import dev.muster.console.session.CurrentUser;
import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /profile.xhtml}: the user's display name and password. Passwords are never re-rendered. */
@Named
@RequestScoped
public class ProfileBacking {

    static final String PROFILE_FORM = "profileForm";
    static final String PASSWORD_FORM = "passwordForm";

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ConsoleSession session;

    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    @PostConstruct
    void init() {
        displayName = currentUser.getProfile().displayName();
    }

    public void saveDisplayName() {
        try {
            accounts.updateDisplayName(displayName);
        } catch (MusterException refused) {
            Feedback.refused(refused, PROFILE_FORM);
            return;
        }
        Feedback.flashInfo("profile.saved");
        Feedback.redirectToSelf();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            String text = Feedback.text("profile.password.mismatch");
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(PASSWORD_FORM + ":confirmPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
            return;
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
            session.passwordChanged();
        } catch (MusterException refused) {
            Feedback.refused(refused, PASSWORD_FORM);
            return;
        }
        Feedback.flashInfo("profile.password.changed");
        Feedback.redirectToSelf();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
