package dev.muster.console.view.notifications;

import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelRequest;
import dev.muster.alerts.api.ChannelView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The inputs of the channel form, for a new channel or an edit. Recipients and alert types are
 * typed one per line or comma-separated, device groups one per line (a group's name may hold a
 * comma); an empty choice of severities, types or groups means "all". Editing a Slack channel
 * starts with an empty URL, because the URL is a secret that is never shown back: left empty, the
 * current one stays.
 */
public class ChannelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The channel being edited, null for a new one. */
    private UUID id;
    private String name;
    private ChannelKind kind = ChannelKind.WEBHOOK;
    private boolean enabled = true;
    private boolean escalation;
    private String recipients;
    private String url;
    /** Severity and change names: a select-many of a generic list gets strings, never enum constants. */
    private List<String> severities = new ArrayList<>();
    private String types;
    private String groups;
    private List<String> changes = new ArrayList<>(Subscriptions.names(ChannelRequest.DEFAULT_CHANGES));

    /** A form holding {@code channel}, to edit it. */
    static ChannelForm of(ChannelView channel) {
        ChannelForm form = new ChannelForm();
        form.id = channel.id();
        form.name = channel.name();
        form.kind = channel.kind();
        form.enabled = channel.enabled();
        form.escalation = channel.escalation();
        form.recipients = String.join("\n", channel.recipients());
        form.url = channel.kind() == ChannelKind.WEBHOOK ? channel.target() : null;
        form.severities = new ArrayList<>(Subscriptions.names(channel.severities()));
        form.types = String.join(", ", channel.types());
        form.groups = String.join("\n", channel.groups());
        form.changes = new ArrayList<>(Subscriptions.names(channel.changes()));
        return form;
    }

    /** What the API is asked: only the fields of the form's kind; a blank URL keeps the current one on an edit. */
    ChannelRequest request() {
        boolean email = kind == ChannelKind.EMAIL;
        String target = email || url == null || url.isBlank() ? null : url.strip();
        return new ChannelRequest(name == null ? null : name.strip(), kind == null ? null : kind.name(), enabled, escalation,
                email ? entries(recipients, "[,;\\s]+") : null, target, List.copyOf(severities), entries(types, "[,\\s]+"),
                entries(groups, "\\R"), List.copyOf(changes));
    }

    /** The same channel switched on or off, everything else as it is (its target too). */
    static ChannelRequest switched(ChannelView channel, boolean enabled) {
        return new ChannelRequest(channel.name(), channel.kind().name(), enabled, channel.escalation(),
                channel.kind() == ChannelKind.EMAIL ? channel.recipients() : null, null,
                Subscriptions.names(channel.severities()), channel.types(), channel.groups(), Subscriptions.names(channel.changes()));
    }

    /** The non-blank entries of a text, split at {@code separators}, in the order typed. */
    static List<String> entries(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isEditing() { return id != null; }
    public UUID getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ChannelKind getKind() { return kind; }
    public void setKind(ChannelKind kind) { this.kind = kind; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isEscalation() { return escalation; }
    public void setEscalation(boolean escalation) { this.escalation = escalation; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public List<String> getSeverities() { return severities; }
    public void setSeverities(List<String> severities) { this.severities = severities == null ? new ArrayList<>() : severities; }
    public String getTypes() { return types; }
    public void setTypes(String types) { this.types = types; }
    public String getGroups() { return groups; }
    public void setGroups(String groups) { this.groups = groups; }
    public List<String> getChanges() { return changes; }
    public void setChanges(List<String> changes) { this.changes = changes == null ? new ArrayList<>() : changes; }
}
