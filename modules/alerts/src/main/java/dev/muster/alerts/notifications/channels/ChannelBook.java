package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelRequest;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.CreatedChannel;
import dev.muster.alerts.api.DeliveryView;
import dev.muster.alerts.api.NotificationChannels;
import dev.muster.alerts.notifications.delivery.Deliveries;
import dev.muster.alerts.notifications.delivery.Notification;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.crypto.SealedSecrets;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The notification channels of the caller's tenant, for its ADMINs (recipients and targets are
 * not for every member). Every change is audited in its transaction; audit summaries name the
 * channel, never a secret.
 */
@ApplicationScoped
@Transactional
@Authorized(Role.ADMIN)
public class ChannelBook implements NotificationChannels {

    static final String SECRET_MARKER = "whsec_";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    SealedSecrets sealed;

    @Inject
    Targets targets;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Override
    public CreatedChannel create(ChannelRequest request) {
        if (request == null) {
            throw MusterException.invalid("channel", "must not be null");
        }
        ChannelFields fields = new ChannelFields();
        String name = fields.name(request.name());
        ChannelKind kind = fields.kind(request.kind());
        Subscription subscription = fields.subscription(request.severities(), request.types(), request.groups(), request.changes());
        List<String> recipients = kind == ChannelKind.EMAIL ? fields.recipients(request.recipients()) : null;
        String url = kind == null || kind == ChannelKind.EMAIL ? null : fields.url(targets, kind, request.url());
        fields.verify();
        requireFreeName(name, null);
        Instant now = clock.instant();
        NotificationChannel channel = new NotificationChannel(kind, callers.caller().name(), now);
        channel.describe(name, request.enabled() == null || request.enabled(), Boolean.TRUE.equals(request.escalation()),
                subscription, now);
        String secret = null;
        switch (kind) {
            case EMAIL -> channel.sendTo(recipients, now);
            case SLACK -> sealTarget(channel, url, now);
            case WEBHOOK -> {
                channel.targetInClear(url, now);
                secret = newSecret(channel, now);
            }
        }
        em.persist(channel);
        audit.record("notification-channel.created", "notification-channel", channel.id(), kind + " channel " + name);
        return new CreatedChannel(channel.view(), secret);
    }

    @Override
    public Page<ChannelView> list(PageRequest page) {
        List<ChannelView> items = em.createQuery("select c from NotificationChannel c order by c.nameKey, c.id", NotificationChannel.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(NotificationChannel::view).toList();
        long total = em.createQuery("select count(c) from NotificationChannel c", Long.class).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public ChannelView get(UUID id) {
        return find(id).view();
    }

    /** Replaces name, switch, subscription and target; the kind stays, a missing URL keeps the current one. */
    @Override
    public ChannelView replace(UUID id, ChannelRequest request) {
        NotificationChannel channel = find(id);
        if (request == null) {
            throw MusterException.invalid("channel", "must not be null");
        }
        ChannelFields fields = new ChannelFields();
        String name = fields.name(request.name());
        if (request.kind() != null && !request.kind().strip().equalsIgnoreCase(channel.kind().name())) {
            fields.fail("kind", "cannot change; create another channel");
        }
        Subscription subscription = fields.subscription(request.severities(), request.types(), request.groups(), request.changes());
        List<String> recipients = channel.kind() == ChannelKind.EMAIL ? fields.recipients(request.recipients()) : null;
        String url = channel.kind() == ChannelKind.EMAIL || request.url() == null ? null
                : fields.url(targets, channel.kind(), request.url());
        fields.verify();
        requireFreeName(name, id);
        Instant now = clock.instant();
        channel.describe(name, request.enabled() == null || request.enabled(), Boolean.TRUE.equals(request.escalation()),
                subscription, now);
        if (recipients != null) {
            channel.sendTo(recipients, now);
        }
        if (url != null) {
            if (channel.kind() == ChannelKind.SLACK) {
                sealTarget(channel, url, now);
            } else {
                channel.targetInClear(url, now);
            }
        }
        audit.record("notification-channel.updated", "notification-channel", id, channel.kind() + " channel " + name
                + (url == null ? "" : ", new target"));
        return channel.view();
    }

    @Override
    public void delete(UUID id) {
        NotificationChannel channel = find(id);
        em.remove(channel);
        audit.record("notification-channel.deleted", "notification-channel", id, channel.kind() + " channel " + channel.name());
    }

    /** A new signing key for a webhook channel, shown in this answer only; the old one stops at once. */
    @Override
    public CreatedChannel rotateSecret(UUID id) {
        NotificationChannel channel = find(id);
        if (channel.kind() != ChannelKind.WEBHOOK) {
            throw MusterException.invalid("kind", "only a WEBHOOK channel has a signing key");
        }
        String secret = newSecret(channel, clock.instant());
        audit.record("notification-channel.secret-rotated", "notification-channel", id, "WEBHOOK channel " + channel.name());
        return new CreatedChannel(channel.view(), secret);
    }

    /** Queues a test notification to the channel, through the same queue and retries as any other. */
    @Override
    public DeliveryView sendTest(UUID id) {
        NotificationChannel channel = find(id);
        DeliveryView delivery = deliveries.queueTest(channel,
                Notification.test(channel.tenantId(), channel.name(), callers.caller().name(), clock.instant()));
        audit.record("notification-channel.tested", "notification-channel", id, channel.kind() + " channel " + channel.name());
        return delivery;
    }

    private NotificationChannel find(UUID id) {
        NotificationChannel channel = em.find(NotificationChannel.class, id);
        if (channel == null) {
            throw MusterException.notFound("Notification channel");
        }
        return channel;
    }

    private void requireFreeName(String name, UUID except) {
        boolean taken = em.createQuery("select c.id from NotificationChannel c where c.nameKey = :key", UUID.class)
                .setParameter("key", name.toLowerCase(Locale.ROOT)).getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw MusterException.duplicate("name", "a channel with this name exists");
        }
    }

    private void sealTarget(NotificationChannel channel, String url, Instant now) {
        channel.targetSealed(sealed.seal(url, channel.sealingContext()), hint(url), now);
    }

    private String newSecret(NotificationChannel channel, Instant now) {
        String secret = SECRET_MARKER + Secrets.token();
        channel.secretSealed(sealed.seal(secret, channel.sealingContext()), secret.substring(0, 10) + "…", now);
        return secret;
    }

    /** {@code https://hooks.slack.com/…wxyz}: enough to tell two webhooks apart, far too little to use one. */
    static String hint(String url) {
        URI uri = URI.create(url);
        String tail = url.length() > 4 ? url.substring(url.length() - 4) : "";
        return uri.getScheme() + "://" + uri.getHost() + "/…" + tail;
    }
}
