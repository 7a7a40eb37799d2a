package dev.muster.console.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The layout's sign-out button: ends the whole HTTP session (console session and view states). */
@Named
@RequestScoped
public class SignOut {

    public void signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            external.redirect(external.getRequestContextPath() + ConsoleAccess.SIGN_IN + "?reason=signed-out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
