package dev.muster.alerts.notifications.acknowledge;

import dev.muster.alerts.api.AcknowledgeLink;
import dev.muster.alerts.api.AcknowledgeLinks;
import dev.muster.platform.crypto.LinkTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Issues and reads the tokens of acknowledge links: {@link LinkTokens} (HS256 under a key derived from
 * the server key for this purpose alone) with the tenant, the alert and the delivery
 * ({@code jti}) the link went out with, valid {@code muster.alerts.acknowledge-link.valid-hours} (72)
 * from the delivery's creation. Issuing is deterministic, so every retry of a delivery carries the
 * same link and the token is never stored; a reminder or escalation is a new delivery with a fresh one.
 */
@ApplicationScoped
public class AcknowledgeTokens implements AcknowledgeLinks {

    /** The token's {@code typ} and audience, and the label its key is derived under. */
    static final String PURPOSE = "muster-alert-ack+jwt";
    static final String TENANT = "tenant";
    static final String ALERT = "alert";

    @Inject
    LinkTokens tokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "muster.alerts.acknowledge-link.valid-hours", defaultValue = "72")
    int validHours;

    AcknowledgeTokens() {
    }

    /** For tests outside a container. */
    AcknowledgeTokens(LinkTokens tokens, Clock clock, String publicUrl, int validHours) {
        this.tokens = tokens;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.validHours = validHours;
    }

    /** The token of the link sent with {@code delivery}, made at {@code issuedAt}. */
    public String issue(UUID tenantId, UUID alertId, UUID delivery, Instant issuedAt) {
        return tokens.sign(PURPOSE, delivery.toString(), Map.of(TENANT, tenantId.toString(), ALERT, alertId.toString()),
                issuedAt, expiry(issuedAt));
    }

    /** When a link made at {@code issuedAt} expires. */
    public Instant expiry(Instant issuedAt) {
        return issuedAt.plus(Duration.ofHours(Math.max(1, validHours)));
    }

    /** The link: the token in the fragment, which browsers never send to the server. */
    public String url(String token) {
        return base() + PAGE + "#" + token;
    }

    /** The console's alert inbox, for digests (a token names one alert). */
    public String inboxUrl() {
        return base() + "/alerts/index.xhtml";
    }

    @Override
    public AcknowledgeLink read(String token) {
        LinkTokens.Reading reading = tokens.read(PURPOSE, token, clock.instant());
        if (reading.outcome() == LinkTokens.Outcome.INVALID) {
            return AcknowledgeLink.INVALID;
        }
        try {
            UUID tenant = UUID.fromString(reading.claims().getOrDefault(TENANT, ""));
            UUID alert = UUID.fromString(reading.claims().getOrDefault(ALERT, ""));
            return new AcknowledgeLink(reading.outcome() == LinkTokens.Outcome.VALID ? AcknowledgeLink.Status.VALID
                    : AcknowledgeLink.Status.EXPIRED, tenant, alert, reading.expiresAt());
        } catch (IllegalArgumentException e) {
            return AcknowledgeLink.INVALID;
        }
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
