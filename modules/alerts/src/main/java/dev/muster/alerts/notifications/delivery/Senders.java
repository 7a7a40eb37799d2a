package dev.muster.alerts.notifications.delivery;

import dev.muster.alerts.notifications.acknowledge.AcknowledgeTokens;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.alerts.notifications.channels.Targets;
import dev.muster.platform.crypto.SealedSecrets;
import dev.muster.platform.mail.MailMessage;
import dev.muster.platform.mail.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one delivery over its channel: SMTP through the platform's {@link Mailer} (its
 * {@code muster.mail.smtp.*} settings), or an HTTPS POST with the JDK's {@link HttpClient}. Redirects
 * are not followed (a redirect could lead past the target check); any 2xx answer is success.
 * Errors name the status or the cause but never the URL: a Slack URL is a secret.
 */
@ApplicationScoped
public class Senders {

    @Inject
    Mailer mailer;

    @Inject
    SealedSecrets sealed;

    @Inject
    Targets targets;

    @Inject
    Clock clock;

    @Inject
    AcknowledgeTokens acknowledgeTokens;

    @Inject
    @ConfigProperty(name = "muster.notifications.http.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private HttpClient http;

    @PostConstruct
    void client() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void send(NotificationChannel channel, Delivery delivery) throws DeliveryFailure {
        MessageLinks link = linkOf(delivery);
        switch (channel.kind()) {
            case EMAIL -> mail(channel, delivery, link == null ? delivery.text() : link.mailText(delivery.text()));
            case SLACK -> post(URI.create(sealed.open(channel.sealedTarget(), channel.sealingContext())),
                    link == null ? delivery.payload() : link.slackJson(delivery.payload()), null, delivery);
            case WEBHOOK -> post(URI.create(channel.targetUrl()),
                    link == null ? delivery.payload() : link.webhookJson(delivery.payload()),
                    sealed.open(channel.sealedSecret(), channel.sealingContext()), delivery);
        }
    }

    /**
     * The link a delivery carries: an acknowledge link made for this delivery (the same on every
     * retry), the inbox for a digest, or none.
     */
    MessageLinks linkOf(Delivery delivery) {
        if (delivery.alertId() != null && Notification.invitesAcknowledgement(delivery.event())) {
            String token = acknowledgeTokens.issue(delivery.tenantId(), delivery.alertId(), delivery.id(), delivery.createdAt());
            return new MessageLinks(MessageLinks.Kind.ACKNOWLEDGE, acknowledgeTokens.url(token),
                    acknowledgeTokens.expiry(delivery.createdAt()));
        }
        if (Notification.DIGEST.equals(delivery.event())) {
            return new MessageLinks(MessageLinks.Kind.INBOX, acknowledgeTokens.inboxUrl(), null);
        }
        return null;
    }

    private void mail(NotificationChannel channel, Delivery delivery, String text) throws DeliveryFailure {
        try {
            mailer.deliver(new MailMessage(delivery.id(), String.join(", ", channel.recipients()), delivery.subject(),
                    text));
        } catch (MessagingException e) {
            throw new DeliveryFailure("SMTP: " + rootMessage(e));
        }
    }

    private void post(URI target, String body, String signingKey, Delivery delivery) throws DeliveryFailure {
        try {
            targets.checkBeforeSend(target);
        } catch (IOException e) {
            throw new DeliveryFailure(e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Muster-Notifications/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signingKey != null) {
            long timestamp = clock.instant().getEpochSecond();
            request.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(signingKey, timestamp, body))
                    .header(WebhookSignature.IDEMPOTENCY_HEADER, delivery.id().toString());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryFailure("HTTP: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
