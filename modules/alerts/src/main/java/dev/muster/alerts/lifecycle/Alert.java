package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.AlertSummary;
import dev.muster.alerts.api.AlertView;
import dev.muster.alerts.api.EntryKind;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An alert of one tenant, usually about one device. Invariants:
 * <ul>
 *   <li>The status moves OPEN → ACKNOWLEDGED → RESOLVED (acknowledging is optional); a resolved
 *   alert becomes OPEN again by a new occurrence or an operator's reopen, never by an
 *   acknowledgement. Every move adds a timeline entry and returns the {@link AlertNotice.Change}
 *   the caller must publish; a move that does not apply (acknowledging a resolved alert) changes
 *   nothing and returns empty, so repeating a request is harmless.</li>
 *   <li>At most one unresolved alert per device and type: {@code openKey} is {@code deviceId:type}
 *   exactly while a device alert is unresolved and null otherwise, under a unique constraint, so
 *   the database refuses a second one however many nodes raise it at once. A repeat of an
 *   unresolved alert counts up {@code occurrences} instead of opening another.</li>
 *   <li>{@code occurrences} counts since the alert was opened or last reopened;
 *   {@code lastOccurredAt} never moves backwards.</li>
 *   <li>Acknowledgement and resolution carry who, when and an optional note; a reopen clears them.</li>
 * </ul>
 */
@Entity
@Table(name = "alert")
public class Alert extends TenantOwned {

    public static final int MESSAGE = 200;
    public static final int NOTE = 1000;
    public static final int DETAILS = 2000;
    public static final int ACTOR = 200;
    public static final int DEVICE_NAME = 100;
    /** Who resolves an alert whose condition cleared. */
    public static final String AUTOMATICALLY = "automatically";

    @Id
    private UUID id;

    @Column(name = "device_id", updatable = false)
    private UUID deviceId;

    @Column(name = "device_name", length = DEVICE_NAME)
    private String deviceName;

    @Column(name = "device_group", length = DEVICE_NAME)
    private String deviceGroup;

    @Column(name = "type", nullable = false, updatable = false, length = AlertTypes.MAX)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 16)
    private AlertSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private Severity severity;

    @Column(name = "message", nullable = false, length = MESSAGE)
    private String message;

    @Column(name = "details", length = DETAILS)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AlertStatus status;

    @Column(name = "open_key", length = 80)
    private String openKey;

    @Column(name = "first_occurred_at", nullable = false)
    private Instant firstOccurredAt;

    @Column(name = "last_occurred_at", nullable = false)
    private Instant lastOccurredAt;

    @Column(name = "occurrences", nullable = false)
    private int occurrences;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = ACTOR)
    private String acknowledgedBy;

    @Column(name = "acknowledge_note", length = NOTE)
    private String acknowledgeNote;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = ACTOR)
    private String resolvedBy;

    @Column(name = "resolve_note", length = NOTE)
    private String resolveNote;

    @Column(name = "assignee_id")
    private UUID assigneeId;

    @Column(name = "assignee_name", length = ACTOR)
    private String assigneeName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<AlertEntry> timeline = new ArrayList<>();

    protected Alert() {
    }

    /** A new OPEN alert with its first occurrence; {@code sourceRef} as in {@link AlertEntry}. */
    public Alert(UUID tenant, AlertSource source, String type, Severity severity, String message, String details,
                 DeviceLabel device, Instant at, String actor, UUID sourceRef) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.source = source;
        this.type = type;
        this.severity = severity;
        this.message = message;
        this.details = details;
        this.status = AlertStatus.OPEN;
        this.firstOccurredAt = at;
        this.lastOccurredAt = at;
        this.occurrences = 1;
        if (device != null) {
            this.deviceId = device.id();
            label(device);
        }
        this.openKey = openKey(deviceId, type);
        timeline.add(new AlertEntry(this, at, EntryKind.OPENED, actor, null, sourceRef));
    }

    /** The key that is unique among unresolved alerts, or null for an alert about no device (never deduplicated). */
    public static String openKey(UUID deviceId, String type) {
        return deviceId == null ? null : deviceId + ":" + type;
    }

    /**
     * Another occurrence: a resolved alert is reopened (count back to 1), an unresolved one counts
     * up. Message, details and severity become the latest occurrence's.
     */
    public AlertNotice.Change occur(Instant at, Severity severity, String message, String details, DeviceLabel device,
                                    String actor, UUID sourceRef) {
        this.severity = severity;
        this.message = message;
        this.details = details;
        if (device != null) {
            label(device);
        }
        if (status == AlertStatus.RESOLVED) {
            reopenAt(at);
            timeline.add(new AlertEntry(this, at, EntryKind.REOPENED, actor, null, sourceRef));
            return AlertNotice.Change.REOPENED;
        }
        occurrences++;
        if (at.isAfter(lastOccurredAt)) {
            lastOccurredAt = at;
        }
        timeline.add(new AlertEntry(this, at, EntryKind.REPEATED, actor, null, sourceRef));
        return AlertNotice.Change.REPEATED;
    }

    /** Acknowledges an OPEN alert; an acknowledged or resolved one stays as it is. */
    public Optional<AlertNotice.Change> acknowledge(String actor, Instant at, String note) {
        if (status != AlertStatus.OPEN) {
            return Optional.empty();
        }
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
        acknowledgedBy = actor;
        acknowledgeNote = note;
        timeline.add(new AlertEntry(this, at, EntryKind.ACKNOWLEDGED, actor, note, null));
        return Optional.of(AlertNotice.Change.ACKNOWLEDGED);
    }

    /** Resolves an unresolved alert, by a person or {@link #AUTOMATICALLY}; a resolved one stays as it is. */
    public Optional<AlertNotice.Change> resolve(String actor, Instant at, String note, UUID sourceRef) {
        if (status == AlertStatus.RESOLVED) {
            return Optional.empty();
        }
        status = AlertStatus.RESOLVED;
        resolvedAt = at;
        resolvedBy = actor;
        resolveNote = note;
        openKey = null;
        timeline.add(new AlertEntry(this, at, EntryKind.RESOLVED, actor, note, sourceRef));
        return Optional.of(AlertNotice.Change.RESOLVED);
    }

    /** An operator reopens a resolved alert (it was not fixed after all); others stay as they are. */
    public Optional<AlertNotice.Change> reopen(String actor, Instant at, String note) {
        if (status != AlertStatus.RESOLVED) {
            return Optional.empty();
        }
        reopenAt(at);
        timeline.add(new AlertEntry(this, at, EntryKind.REOPENED, actor, note, null));
        return Optional.of(AlertNotice.Change.REOPENED);
    }

    /** Assigns the alert to a member, or unassigns it with nulls; true if that changed anything. */
    public boolean assign(UUID userId, String userName, String actor, Instant at) {
        if (java.util.Objects.equals(assigneeId, userId)) {
            return false;
        }
        assigneeId = userId;
        assigneeName = userName;
        timeline.add(new AlertEntry(this, at, EntryKind.ASSIGNED, actor, userName == null ? "unassigned" : userName, null));
        return true;
    }

    /** Adds a note to the timeline; allowed in every status. */
    public void note(String actor, Instant at, String note) {
        timeline.add(new AlertEntry(this, at, EntryKind.NOTE, actor, note, null));
    }

    private void reopenAt(Instant at) {
        status = AlertStatus.OPEN;
        occurrences = 1;
        lastOccurredAt = at.isAfter(lastOccurredAt) ? at : lastOccurredAt;
        acknowledgedAt = null;
        acknowledgedBy = null;
        acknowledgeNote = null;
        resolvedAt = null;
        resolvedBy = null;
        resolveNote = null;
        openKey = openKey(deviceId, type);
    }

    private void label(DeviceLabel device) {
        this.deviceName = device.name();
        this.deviceGroup = device.group();
    }

    /** The notice of {@code change}, made by {@code actor} at {@code at}. */
    public AlertNotice notice(AlertNotice.Change change, String actor, Instant at) {
        return new AlertNotice(id, tenantId(), deviceId, deviceName, deviceGroup, type, severity, change, message, occurrences,
                actor, at);
    }

    /** The alert as the API shows it, with its timeline or without (in lists). */
    public AlertView view(boolean withTimeline) {
        List<AlertView.TimelineEntry> entries = withTimeline
                ? timeline.stream().map(e -> new AlertView.TimelineEntry(e.at(), e.kind(), e.actor(), e.note())).toList()
                : List.of();
        return new AlertView(id, deviceId, deviceName, deviceGroup, type, source, severity, message, AlertDetails.read(details),
                status, occurrences, firstOccurredAt, lastOccurredAt, acknowledgedAt, acknowledgedBy, acknowledgeNote, resolvedAt,
                resolvedBy, resolveNote, assigneeId, assigneeName, version, entries);
    }

    public AlertSummary summary() {
        return new AlertSummary(id, tenantId(), deviceId, deviceName, type, severity, message, status.name(), occurrences,
                firstOccurredAt, lastOccurredAt, acknowledgedAt, acknowledgedBy);
    }

    public UUID id() { return id; }
    public UUID deviceId() { return deviceId; }
    public String deviceName() { return deviceName; }
    public String deviceGroup() { return deviceGroup; }
    public String type() { return type; }
    public AlertSource source() { return source; }
    public Severity severity() { return severity; }
    public String message() { return message; }
    public String details() { return details; }
    public AlertStatus status() { return status; }
    public String openKey() { return openKey; }
    public Instant firstOccurredAt() { return firstOccurredAt; }
    public Instant lastOccurredAt() { return lastOccurredAt; }
    public int occurrences() { return occurrences; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public String acknowledgeNote() { return acknowledgeNote; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolveNote() { return resolveNote; }
    public UUID assigneeId() { return assigneeId; }
    public String assigneeName() { return assigneeName; }
    public long version() { return version; }
    public List<AlertEntry> timeline() { return List.copyOf(timeline); }

    /** The device an alert is about, as it was named and grouped when the alert last occurred. */
    public record DeviceLabel(UUID id, String name, String group) {
    }
}
