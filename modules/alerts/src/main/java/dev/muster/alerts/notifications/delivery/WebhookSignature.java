package dev.muster.alerts.notifications.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature of a webhook request: {@code v1=} followed by the lowercase hex HMAC-SHA256, keyed
 * with the channel's signing key (its UTF-8 bytes, as shown at creation), over
 * {@code <timestamp> "." <body>}, where the timestamp is the {@value #TIMESTAMP_HEADER} header (Unix
 * seconds) and the body the exact bytes sent. Signing the timestamp lets a receiver refuse replays
 * of old requests; the idempotency key lets it drop a retry it already handled.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Muster-Signature";
    public static final String TIMESTAMP_HEADER = "X-Muster-Timestamp";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private WebhookSignature() {
    }

    public static String sign(String key, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
