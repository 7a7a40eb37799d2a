package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelLimits;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One notification channel of a tenant.
 *
 * <p>Invariants: the kind never changes; names are unique in the tenant case-insensitively
 * ({@code nameKey}); an EMAIL channel has recipients and nothing sealed; a SLACK channel has its
 * webhook URL sealed in {@code sealedTarget} and only a hint of it in clear; a WEBHOOK channel has
 * its URL in clear and its HMAC key sealed in {@code sealedSecret}. Sealed values are bound to the
 * channel's id, so they cannot be moved to another channel. An escalation channel hears only
 * reminders and escalations of unacknowledged alerts, never the alert changes themselves.
 */
@Entity
@Table(name = "notification_channel")
public class NotificationChannel extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = ChannelLimits.NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = ChannelLimits.NAME)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private ChannelKind kind;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "recipients", length = ChannelLimits.RECIPIENTS_TEXT)
    private String recipients;

    @Column(name = "target_url", length = ChannelLimits.URL)
    private String targetUrl;

    @Column(name = "sealed_target", length = 4000)
    private String sealedTarget;

    @Column(name = "target_hint", length = 200)
    private String targetHint;

    @Column(name = "sealed_secret", length = 400)
    private String sealedSecret;

    @Column(name = "secret_hint", length = 16)
    private String secretHint;

    @Column(name = "severities", nullable = false, length = 100)
    private String severities;

    @Column(name = "alert_types", nullable = false, length = 1000)
    private String types;

    @Column(name = "device_groups", nullable = false, length = 2000)
    private String groups;

    @Column(name = "alert_changes", nullable = false, length = 100)
    private String changes;

    @Column(name = "escalation", nullable = false)
    private boolean escalation;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationChannel() {
    }

    NotificationChannel(ChannelKind kind, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public ChannelKind kind() { return kind; }
    public boolean enabled() { return enabled; }
    public boolean escalation() { return escalation; }
    public String targetUrl() { return targetUrl; }
    public String sealedTarget() { return sealedTarget; }
    public String sealedSecret() { return sealedSecret; }

    public List<String> recipients() {
        return recipients == null ? List.of() : List.of(recipients.split("\n"));
    }

    /** What sealed values of this channel are bound to. */
    public String sealingContext() {
        return "notification-channel:" + id;
    }

    public Subscription subscription() {
        return new Subscription(
                Subscription.split(severities).stream().map(Severity::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Severity.class))),
                Subscription.split(types), Subscription.split(groups),
                Subscription.split(changes).stream().map(AlertNotice.Change::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertNotice.Change.class))));
    }

    void describe(String name, boolean enabled, boolean escalation, Subscription subscription, Instant now) {
        this.name = name;
        this.nameKey = name.toLowerCase(Locale.ROOT);
        this.enabled = enabled;
        this.escalation = escalation;
        this.severities = Subscription.join(subscription.severities());
        this.types = Subscription.join(subscription.types());
        this.groups = Subscription.join(subscription.groups());
        this.changes = Subscription.join(subscription.changes());
        this.updatedAt = now;
    }

    void sendTo(List<String> recipients, Instant now) {
        this.recipients = String.join("\n", recipients);
        this.updatedAt = now;
    }

    void targetInClear(String url, Instant now) {
        this.targetUrl = url;
        this.updatedAt = now;
    }

    void targetSealed(String sealed, String hint, Instant now) {
        this.sealedTarget = sealed;
        this.targetHint = hint;
        this.updatedAt = now;
    }

    void secretSealed(String sealed, String hint, Instant now) {
        this.sealedSecret = sealed;
        this.secretHint = hint;
        this.updatedAt = now;
    }

    ChannelView view() {
        Subscription s = subscription();
        return new ChannelView(id, name, kind, enabled, escalation, recipients(), kind == ChannelKind.SLACK ? targetHint : targetUrl,
                secretHint, s.severities().stream().sorted().toList(), List.copyOf(s.types()), List.copyOf(s.groups()),
                s.changes().stream().sorted().toList(), createdBy, createdAt, updatedAt, version);
    }
}
