package dev.muster.alerts.notifications.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void theSignatureIsHmacSha256OverTimestampDotBody() {
        // computed with openssl, so the test does not check the code against itself: printf '%s' '1700000000.{"id":"x"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"id\":\"x\"}"))
                .isEqualTo("v1=80e8d098018f757aa814ab1abb924f35d304affa1d93d29611a54696207eb7c3");
    }

    @Test
    void anotherTimestampOrBodyGivesAnotherSignature() {
        String signature = WebhookSignature.sign("k", 1, "{}");
        assertThat(WebhookSignature.sign("k", 2, "{}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("k", 1, "{ }")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("k2", 1, "{}")).isNotEqualTo(signature);
    }
}
