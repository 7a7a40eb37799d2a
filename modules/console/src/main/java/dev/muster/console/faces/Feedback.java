package dev.muster.console.faces;

import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages, bundle texts and redirects for backing beans. */
public final class Feedback {

    /** The resource bundle's EL name, as declared in faces-config.xml. */
    public static final String BUNDLE = "msg";

    private Feedback() {
    }

    /** A text of the console bundle, with {@link MessageFormat} arguments. */
    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An error message that is shown after the redirect that follows. */
    public static void flashError(String key, Object... args) {
        error(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Marks one input of a form invalid with a message the console found itself (before asking the
     * API); a global message when the view has no such input.
     */
    public static void invalid(String formId, String inputId, String message) {
        if (!attach(formId, inputId, message)) {
            add(null, FacesMessage.SEVERITY_ERROR, message);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** An info message that is shown after the redirect that follows. */
    public static void flashInfo(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a refusal of the API; see {@link #refused(MusterException, String, Map)}. */
    public static void refused(MusterException refusal, String formId) {
        refused(refusal, formId, Map.of());
    }

    /**
     * Shows a refusal of the API. Each field error goes to the input {@code formId:<field>} (or the
     * input named in {@code inputsByField}) if the view has it, which also marks the input invalid;
     * an error of one entry of a list ({@code recipients[2]}) goes to the list's input, numbered;
     * the remaining ones, and the refusal itself when no field could take it, become global messages.
     */
    public static void refused(MusterException refusal, String formId, Map<String, String> inputsByField) {
        List<FieldError> unplaced = new ArrayList<>();
        for (FieldError error : refusal.fieldErrors()) {
            int entry = entryIndex(error.field());
            String message = entry < 0 ? error.message() : text("validation.entry", entry + 1, error.message());
            if (!attach(formId, inputFor(error.field(), inputsByField), message)) {
                unplaced.add(error);
            }
        }
        if (refusal.fieldErrors().isEmpty() || !unplaced.isEmpty()) {
            add(null, FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        }
    }

    /** Shows a Bean Validation refusal of an API method the same way as a field error. */
    public static void refused(ConstraintViolationException refusal, String formId, Map<String, String> inputsByField) {
        for (ConstraintViolation<?> violation : refusal.getConstraintViolations()) {
            String field = fieldOf(violation.getPropertyPath());
            if (!attach(formId, inputFor(field, inputsByField), violation.getMessage())) {
                add(null, FacesMessage.SEVERITY_ERROR, field + ": " + violation.getMessage());
            }
        }
    }

    /** Redirects to a context-relative path (post-redirect-get), keeping the messages for the next page. */
    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs an action of a table row (it has no form of its own): a refusal of the API becomes a
     * global message; success becomes a flash message and a post-redirect-get.
     */
    public static void rowAction(Runnable action, String doneKey, Object... args) {
        try {
            action.run();
        } catch (MusterException refusal) {
            refused(refusal, null);
            return;
        }
        flashInfo(doneKey, args);
        redirectToSelf();
    }

    /** Answers 404 for this request: an unknown id, or another tenant's (which must not be told apart). */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Redirects to the current view with a fresh GET. */
    public static void redirectToSelf() {
        redirect(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    /** The last named node of a validation path: {@code create.tenant.slug} gives {@code slug}. */
    static String fieldOf(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? "" : field;
    }

    static String inputFor(String listField, Map<String, String> inputsByField) {
        if (listField == null) {
            return null;
        }
        String field = listField.replaceFirst("\\[\\d+]$", "");
        String mapped = inputsByField.get(field);
        if (mapped != null) {
            return mapped;
        }
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /** The index of a list entry's field ({@code recipients[2]} gives 2), or -1. */
    static int entryIndex(String field) {
        if (field == null || !field.matches(".*\\[\\d{1,9}]")) {
            return -1;
        }
        return Integer.parseInt(field.substring(field.lastIndexOf('[') + 1, field.length() - 1));
    }

    private static boolean attach(String formId, String inputId, String message) {
        if (formId == null || inputId == null || inputId.isEmpty()) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent component;
        try {
            component = context.getViewRoot().findComponent(":" + formId + ":" + inputId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!(component instanceof UIInput input)) {
            return false;
        }
        // the model already holds what was typed, but an invalid input would render empty (PrimeFaces, with
        // empty strings read as null): give it back as the submitted value so the user can correct it
        Object typed = input.getValue();
        if (input.getSubmittedValue() == null && (typed instanceof String || typed instanceof Enum<?>)) {
            input.setSubmittedValue(typed.toString());
        }
        input.setValid(false);
        add(input.getClientId(context), FacesMessage.SEVERITY_ERROR, message);
        context.validationFailed();
        return true;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
