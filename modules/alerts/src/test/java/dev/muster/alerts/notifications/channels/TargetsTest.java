package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.ChannelKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {

    private final Targets strict = new Targets(false);
    private final Targets lab = new Targets(true);

    @Test
    void aPublicHttpsWebhookIsAccepted() {
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://ops.example.com/hooks/muster?x=1")).isNull();
        assertThat(strict.refusal(ChannelKind.SLACK, "https://hooks.slack.com/services/T0/B0/abc")).isNull();
    }

    @Test
    void plainHttpAndInnerAddressesAreRefusedUnlessInsecureTargetsAreAllowed() {
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "http://ops.example.com/hook")).isEqualTo("must use https");
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://127.0.0.1:8080/hook")).contains("loopback");
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://169.254.169.254/latest/meta-data")).contains("loopback");
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://10.1.2.3/hook")).contains("private");
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://[::1]/hook")).contains("loopback");
        assertThat(strict.refusal(ChannelKind.WEBHOOK, "https://localhost/hook")).contains("loopback");
        assertThat(lab.refusal(ChannelKind.WEBHOOK, "http://127.0.0.1:8080/hook")).isNull();
    }

    @Test
    void slackOnlyToSlacksHosts() {
        assertThat(strict.refusal(ChannelKind.SLACK, "https://example.com/services/T0/B0/abc")).contains("Slack");
    }

    @Test
    void notAUrlOrAUrlWithCredentialsIsRefused() {
        assertThat(lab.refusal(ChannelKind.WEBHOOK, "not a url")).isNotNull();
        assertThat(lab.refusal(ChannelKind.WEBHOOK, "ftp://example.com/x")).isNotNull();
        assertThat(lab.refusal(ChannelKind.WEBHOOK, "https://user:pw@example.com/x")).isNotNull();
        assertThat(lab.refusal(ChannelKind.WEBHOOK, "/relative")).isNotNull();
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedBeforeSending() {
        assertThatThrownBy(() -> strict.checkBeforeSend(URI.create("https://localhost/hook")))
                .isInstanceOf(IOException.class).hasMessageContaining("non-public");
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertThat(Targets.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(Targets.isPublic(InetAddress.getByName("192.168.1.1"))).isFalse();
        assertThat(Targets.isPublic(InetAddress.getByName("100.64.0.1"))).isFalse();
        assertThat(Targets.isPublic(InetAddress.getByName("fd00::1"))).isFalse();
        assertThat(Targets.isPublic(InetAddress.getByName("2001:db8::1"))).isTrue();
    }
}
