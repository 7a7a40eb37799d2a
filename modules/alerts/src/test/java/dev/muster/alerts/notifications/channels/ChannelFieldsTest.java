package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChannelFieldsTest {

    @Test
    void everyFaultIsNamedWithItsField() {
        ChannelFields fields = new ChannelFields();
        fields.name(" ");
        fields.recipients(List.of("ok@example.com", "not an address", "Name <x@example.com>"));
        fields.subscription(List.of("CRITICAL", "LOUD"), List.of("DEVICE OFFLINE"), null, List.of("OPENED"));
        MusterException refused = catchThrowableOfType(MusterException.class, fields::verify);
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("name", "recipients[1]", "recipients[2]", "severities[1]", "types[0]");
    }

    @Test
    void cleanInputGivesASubscription() {
        ChannelFields fields = new ChannelFields();
        assertThat(fields.recipients(List.of(" oncall@example.com ", "oncall@example.com"))).containsExactly("oncall@example.com");
        Subscription subscription = fields.subscription(List.of("critical"), List.of("device_offline"), List.of("site-a"), null);
        fields.verify();
        assertThat(subscription.severities()).containsExactly(Severity.CRITICAL);
        assertThat(subscription.types()).containsExactly("DEVICE_OFFLINE");
    }

    @Test
    void anEmailChannelNeedsRecipientsAndAWebhookAUrl() {
        ChannelFields fields = new ChannelFields();
        fields.recipients(null);
        fields.url(new Targets(false), ChannelKind.WEBHOOK, null);
        fields.kind("pager");
        MusterException refused = catchThrowableOfType(MusterException.class, fields::verify);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("recipients", "url", "kind");
    }

    @Test
    void aSlackHintShowsTooLittleToUseTheWebhook() {
        assertThat(ChannelBook.hint("https://hooks.slack.com/services/T000/B000/XXXXsecretwxyz"))
                .isEqualTo("https://hooks.slack.com/…wxyz");
    }
}
