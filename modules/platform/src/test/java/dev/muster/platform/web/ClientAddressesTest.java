package dev.muster.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void forwardedForIsIgnoredFromUntrustedPeers() {
        ClientAddresses addresses = new ClientAddresses(Optional.empty());
        assertThat(addresses.resolve("203.0.113.9", "10.0.0.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void theRightMostUntrustedHopIsTheClientBehindTrustedProxies() {
        ClientAddresses addresses = new ClientAddresses(Optional.of("127.0.0.1, 10.0.0.2"));
        assertThat(addresses.resolve("127.0.0.1", "198.51.100.7, 10.0.0.2")).isEqualTo("198.51.100.7");
        assertThat(addresses.resolve("127.0.0.1", "6.6.6.6, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(addresses.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(addresses.isTrustedProxy("10.0.0.2")).isTrue();
        assertThat(addresses.isTrustedProxy("10.0.0.3")).isFalse();
    }
}
