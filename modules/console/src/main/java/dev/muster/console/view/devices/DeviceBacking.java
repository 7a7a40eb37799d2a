package dev.muster.console.view.devices;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.KeyValueLines;
import dev.muster.console.faces.PagedModel;
import dev.muster.devices.api.CreatedDevice;
import dev.muster.devices.api.DeviceChanges;
import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceHistory;
import dev.muster.devices.api.PresenceMark;
import dev.muster.devices.api.Devices;
import dev.muster.platform.audit.AuditRecord;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.CallerContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /devices/device.xhtml?id=…}. */
@Named
@ViewScoped
public class DeviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String VIEW = "/devices/device.xhtml";
    static final String FORM = "deviceForm";
    /** Flash keys of a secret just rotated; read by the view as {@code #{flash[...]}}. */
    public static final String ROTATED_SECRET = "rotatedDeviceSecret";

    @Inject
    Devices devices;

    @Inject
    AuditTrail trail;

    @Inject
    CallerContext callers;

    /** The {@code id} request parameter, as given. */
    private String id;
    private UUID deviceId;
    /** The device as loaded (an API record, not serializable: read again if lost). */
    private transient DeviceView device;
    /** The version the form was filled from; the update is refused if the device moved on since. */
    private long version;
    private PagedModel<AuditRecord> history;
    private PresenceHistory presence;
    private static final int PRESENCE_TRANSITIONS = 20;

    private String name;
    private String type;
    private String group;
    private String tags;
    private String notes;
    private String attributes;
    private String presenceNote;

    /** The view action: loads the device, or answers 404 for a malformed or unknown id (another tenant's included). */
    public void load() {
        deviceId = parse(id);
        if (deviceId == null) {
            Feedback.notFound();
            return;
        }
        try {
            device = devices.get(deviceId);
        } catch (MusterException refused) {
            if (refused.code() == ErrorCode.NOT_FOUND) {
                Feedback.notFound();
                return;
            }
            throw refused;
        }
        version = device.version();
        name = device.name();
        type = device.type();
        group = device.group();
        tags = KeyValueLines.format(device.tags());
        notes = device.notes();
        attributes = KeyValueLines.format(device.attributes());
        history = new PagedModel<>(this::findHistory, AuditRecord::id);
        presence = devices.presence(deviceId, new PageRequest(0, PRESENCE_TRANSITIONS));
    }

    /** The device's presence, uptime and latest transitions, as loaded with the page. */
    public PresenceHistory getPresence() {
        return presence;
    }

    public void save() {
        KeyValueLines.Parsed parsedTags = KeyValueLines.parse(tags);
        KeyValueLines.Parsed parsedAttributes = KeyValueLines.parse(attributes);
        if (!parsedTags.valid() || !parsedAttributes.valid()) {
            report(parsedTags, "tags");
            report(parsedAttributes, "attributes");
            return;
        }
        DeviceChanges changes = new DeviceChanges(orEmpty(name), orEmpty(type), orEmpty(group), parsedTags.values(),
                orEmpty(notes), parsedAttributes.values());
        DeviceView saved;
        try {
            saved = devices.update(deviceId, changes, version);
        } catch (MusterException refused) {
            if (refused.code() == ErrorCode.PRECONDITION_FAILED) {
                Feedback.flashError("device.changedMeanwhile");
                redirectToSelf();
                return;
            }
            Feedback.refused(refused, FORM, inputsFor(parsedTags, parsedAttributes));
            return;
        }
        Feedback.flashInfo("device.saved", saved.label());
        redirectToSelf();
    }

    public void revoke() {
        act(() -> devices.revoke(deviceId), "device.revokedDone");
    }

    public void reset() {
        act(() -> devices.reset(deviceId), "device.resetDone");
    }

    /** Marks the device OFFLINE by hand (OPERATOR); its next heartbeat makes it ONLINE again. */
    public void markOffline() {
        act(() -> devices.markPresence(deviceId, new PresenceMark(Presence.OFFLINE.name(), presenceNote)), "presence.markedOffline");
    }

    /** Marks the device STALE, out of service, by hand (OPERATOR). */
    public void markStale() {
        act(() -> devices.markPresence(deviceId, new PresenceMark(Presence.STALE.name(), presenceNote)), "presence.markedStale");
    }

    public void rotateSecret() {
        CreatedDevice rotated;
        try {
            rotated = devices.rotateSecret(deviceId);
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(ROTATED_SECRET, rotated.secret());
        Feedback.flashInfo("device.secretRotated", rotated.device().label());
        redirectToSelf();
    }

    public void delete() {
        String label = getDevice().label();
        try {
            devices.delete(deviceId);
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.flashInfo("device.deleted", label);
        Feedback.redirect(DevicesBacking.VIEW);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.flashInfo(doneKey, getDevice().label());
        redirectToSelf();
    }

    private void redirectToSelf() {
        Feedback.redirect(VIEW + "?id=" + deviceId);
    }

    private void report(KeyValueLines.Parsed parsed, String input) {
        if (parsed.valid()) {
            return;
        }
        String message = parsed.problems().stream()
                .map(p -> Feedback.text("keyValue." + p.kind().name(), p.line(), p.key()))
                .collect(Collectors.joining(" "));
        Feedback.invalid(FORM, input, message);
    }

    /** The API names a bad tag {@code tags.<key>}: its message belongs to the tags text area. */
    static Map<String, String> inputsFor(KeyValueLines.Parsed tags, KeyValueLines.Parsed attributes) {
        Map<String, String> inputs = new HashMap<>();
        tags.values().keySet().forEach(key -> inputs.put("tags." + key, "tags"));
        attributes.values().keySet().forEach(key -> inputs.put("attributes." + key, "attributes"));
        return inputs;
    }

    /** The device's entries in the audit log; every member who may see the device may see its history. */
    private Page<AuditRecord> findHistory(PageRequest page) {
        return trail.history("device", deviceId, page);
    }

    static UUID parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** In a merge patch an absent field stays; the form sends every field, an empty one to clear it. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public DeviceView getDevice() {
        if (device == null && deviceId != null) {
            device = devices.get(deviceId);
        }
        return device;
    }

    public DeviceInfo getInfo() {
        DeviceView d = getDevice();
        return d == null || d.info() == null ? DeviceInfo.NONE : d.info();
    }

    public EnrolledVia getEnrolledVia() {
        DeviceView d = getDevice();
        return EnrolledVia.of(d == null ? null : d.enrolledVia());
    }

    public PagedModel<AuditRecord> getHistory() {
        return history;
    }

    public long getVersion() {
        return version;
    }

    public String getPresenceNote() {
        return presenceNote;
    }

    public void setPresenceNote(String presenceNote) {
        this.presenceNote = presenceNote;
    }

    public int getPresenceNoteMaxLength() {
        return PresenceMark.NOTE;
    }

    public int getNameMaxLength() {
        return DeviceLimits.NAME;
    }

    public int getTypeMaxLength() {
        return DeviceLimits.TYPE;
    }

    public int getGroupMaxLength() {
        return DeviceLimits.GROUP;
    }

    public int getNotesMaxLength() {
        return DeviceLimits.NOTES;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }
}
