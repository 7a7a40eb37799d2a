package dev.muster.console.view;

import dev.muster.console.faces.Feedback;
import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Invitations.InvitationPreview;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * {@code /invitation.xhtml} (public). A script copies the token from the URL fragment into a hidden
 * input and asks for the preview; the invitee then sets a display name and password (or gives the
 * password of their existing account) and accepts. Success is shown after a redirect, from the flash.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "invitationForm";
    private static final String JOINED = "invitationJoinedTenant";

    @Inject
    Invitations invitations;

    private String token;
    /** Not serializable (an API record); reloaded from the token if a session was restored without it. */
    private transient InvitationPreview preview;
    private String displayName;
    private String password;
    private boolean refused;
    private String joinedTenant;

    @PostConstruct
    void init() {
        Object joined = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(JOINED);
        joinedTenant = joined instanceof String name ? name : null;
    }

    public void loadPreview() {
        try {
            preview = invitations.preview(token);
            refused = false;
        } catch (MusterException e) {
            preview = null;
            refused = true;
            Feedback.refused(e, null);
        }
    }

    public void accept() {
        if (preview == null) {
            loadPreview();
            if (preview == null) {
                return;
            }
        }
        try {
            invitations.accept(token, preview.existingAccount() ? null : displayName, password);
        } catch (MusterException e) {
            password = null;
            Feedback.refused(e, FORM, Map.of());
            return;
        }
        String tenantName = preview.tenantName();
        token = null;
        preview = null;
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(JOINED, tenantName);
        Feedback.redirectToSelf();
    }

    public boolean isAccepted() {
        return joinedTenant != null;
    }

    public String getJoinedTenant() {
        return joinedTenant;
    }

    public InvitationPreview getPreview() {
        return preview;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
