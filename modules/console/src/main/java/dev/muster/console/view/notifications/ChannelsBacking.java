package dev.muster.console.view.notifications;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelLimits;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.CreatedChannel;
import dev.muster.alerts.api.NotificationChannels;
import dev.muster.alerts.api.Severity;
import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /notifications/channels.xhtml}: the tenant's notification channels (ADMINs), with one
 * form to create a channel or edit one, and per channel: switch on or off, send a test, rotate a
 * webhook's signing key, delete. A signing key made by a creation or a rotation travels in the
 * flash to the page the redirect shows, once, like a new API key.
 */
@Named
@ViewScoped
public class ChannelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "channelForm";
    /** Flash keys of a signing key just made; read by the view as {@code #{flash[...]}}. */
    public static final String NEW_SECRET = "newChannelSecret";
    public static final String NEW_SECRET_CHANNEL = "newChannelSecretName";
    /** The API's field names mapped to this form's inputs ({@code recipients[2]} goes to {@code recipients}). */
    private static final Map<String, String> INPUTS = Map.of("kind", "kind", "name", "name", "url", "url",
            "recipients", "recipients", "types", "types", "groups", "groups", "severities", "severities", "changes", "changes");

    @Inject
    NotificationChannels channels;

    private PagedModel<ChannelView> rows;
    private ChannelForm form = new ChannelForm();

    @PostConstruct
    void init() {
        rows = new PagedModel<>(channels::list, ChannelView::id);
    }

    public void save() {
        try {
            if (form.isEditing()) {
                ChannelView saved = channels.replace(form.getId(), form.request());
                Feedback.flashInfo("channels.saved", saved.name());
            } else {
                CreatedChannel created = channels.create(form.request());
                showOnce(created);
                Feedback.flashInfo("channels.created", created.channel().name());
            }
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM, INPUTS);
            return;
        }
        Feedback.redirectToSelf();
    }

    /** Loads a channel into the form. */
    public void edit(UUID id) {
        try {
            form = ChannelForm.of(channels.get(id));
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
        }
    }

    /** Leaves the edit: an empty form for a new channel. */
    public void cancelEdit() {
        form = new ChannelForm();
    }

    public void enable(ChannelView channel) {
        Feedback.rowAction(() -> channels.replace(channel.id(), ChannelForm.switched(channel, true)), "channels.enabled",
                channel.name());
    }

    public void disable(ChannelView channel) {
        Feedback.rowAction(() -> channels.replace(channel.id(), ChannelForm.switched(channel, false)), "channels.disabled",
                channel.name());
    }

    public void sendTest(ChannelView channel) {
        Feedback.rowAction(() -> channels.sendTest(channel.id()), "channels.testQueued", channel.name());
    }

    public void rotateSecret(ChannelView channel) {
        try {
            showOnce(channels.rotateSecret(channel.id()));
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.flashInfo("channels.secretRotated", channel.name());
        Feedback.redirectToSelf();
    }

    public void delete(ChannelView channel) {
        Feedback.rowAction(() -> channels.delete(channel.id()), "channels.deleted", channel.name());
    }

    private static void showOnce(CreatedChannel created) {
        if (created.secret() != null) {
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put(NEW_SECRET, created.secret());
            flash.put(NEW_SECRET_CHANNEL, created.channel().name());
        }
    }

    /** What a channel hears, in words: "Critical, Major · DEVICE_OFFLINE · group lab · opened, resolved". */
    public String subscription(ChannelView channel) {
        return Subscriptions.describe(channel, key -> Feedback.text(key));
    }

    /** An email channel's recipients: all of them, comma-separated. */
    public String recipients(ChannelView channel) {
        return String.join(", ", channel.recipients());
    }

    public List<ChannelKind> getKinds() {
        return List.of(ChannelKind.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<AlertNotice.Change> getChanges() {
        return List.of(AlertNotice.Change.values());
    }

    public int getNameMaxLength() {
        return ChannelLimits.NAME;
    }

    public int getUrlMaxLength() {
        return ChannelLimits.URL;
    }

    public PagedModel<ChannelView> getRows() {
        return rows;
    }

    public ChannelForm getForm() {
        return form;
    }
}
