package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.EntryKind;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an alert's timeline: a state change, an assignment or a note. Entries are only ever
 * added. {@code sourceRef} is the presence transition that caused the entry, unique, so a
 * redelivered presence event finds its entry and changes nothing.
 */
@Entity
@Table(name = "alert_entry")
public class AlertEntry extends TenantOwned {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alert_id", nullable = false, updatable = false)
    private Alert alert;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private EntryKind kind;

    @Column(name = "actor", nullable = false, updatable = false, length = Alert.ACTOR)
    private String actor;

    @Column(name = "note", updatable = false, length = Alert.NOTE)
    private String note;

    @Column(name = "source_ref", updatable = false)
    private UUID sourceRef;

    protected AlertEntry() {
    }

    AlertEntry(Alert alert, Instant at, EntryKind kind, String actor, String note, UUID sourceRef) {
        this.id = UUID.randomUUID();
        assignTenant(alert.tenantId());
        this.alert = alert;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.note = note;
        this.sourceRef = sourceRef;
    }

    public UUID id() { return id; }
    public Instant at() { return at; }
    public EntryKind kind() { return kind; }
    public String actor() { return actor; }
    public String note() { return note; }
    public UUID sourceRef() { return sourceRef; }
}
