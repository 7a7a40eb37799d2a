package dev.muster.devices.sshkeys;

import static dev.muster.devices.sshkeys.TestKeys.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SshHostKeysTest {

    private static final String ED = line("ssh-ed25519", TestKeys.ed25519Blob(TestKeys.ED25519));
    private static final String EC = line("ecdsa-sha2-nistp256", TestKeys.ecdsaBlob(TestKeys.EC256));
    private static final String RSA = line("ssh-rsa", TestKeys.rsaBlob(TestKeys.RSA2048));
    /** `ssh-keygen -H` output for server.example.com. */
    private static final String HASHED = "|1|E3MHBA44T/RXNBBK1hIzRJPXdMU=|LpAzJCbZTCUUKqRxJAIUOys0x+8=";

    @Test
    void parsesKeyscanOutputSkippingCommentsAndBlankLines() {
        String text = """
                # server.example.com:22 SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
                server.example.com %s

                # server.example.com:22 SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
                server.example.com,192.0.2.10 %s
                  server.example.com\t%s\s\s
                """.formatted(RSA, EC, ED);

        var hostKeys = SshHostKeys.parse(text);

        assertThat(hostKeys.keys()).extracting(SshHostKeys.HostKey::hosts)
                .containsExactly("server.example.com", "server.example.com,192.0.2.10", "server.example.com");
        assertThat(hostKeys.keys()).extracting(k -> k.key().algorithm()).containsExactly("RSA", "ECDSA", "ED25519");
        assertThat(hostKeys.text()).isEqualTo("server.example.com " + RSA + "\n"
                + "server.example.com,192.0.2.10 " + EC + "\n"
                + "server.example.com " + ED + "\n");
    }

    @Test
    void acceptsWindowsLineEndingsAndMissingFinalNewline() {
        var hostKeys = SshHostKeys.parse("a.example " + ED + "\r\nb.example " + EC);

        assertThat(hostKeys.text()).isEqualTo("a.example " + ED + "\nb.example " + EC + "\n");
    }

    @Test
    void keepsTrailingCommentOnKeyButDropsItFromCanonicalText() {
        var hostKeys = SshHostKeys.parse("server.example.com " + ED + " scanned 2025-01-01");

        assertThat(hostKeys.keys().get(0).key().comment()).isEqualTo("scanned 2025-01-01");
        assertThat(hostKeys.text()).isEqualTo("server.example.com " + ED + "\n");
    }

    @Test
    void canonicalTextParsesToTheSameText() {
        var hostKeys = SshHostKeys.parse("# scan\n[h.example]:2222 " + ED + " c\n\n" + HASHED + " " + RSA + "\n");

        assertThat(SshHostKeys.parse(hostKeys.text()).text()).isEqualTo(hostKeys.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "server.example.com",
            "localhost",
            "my_host-01.internal",
            "192.0.2.10",
            "2001:db8::1",
            "::1",
            "fe80:0:0:0:200:f8ff:fe21:67cf",
            "[server.example.com]:2222",
            "[192.0.2.10]:22",
            "[2001:db8::1]:65535",
            "server.example.com,192.0.2.10,[server.example.com]:2222",
            HASHED})
    void acceptsHostListForms(String hosts) {
        assertThat(SshHostKeys.parse(hosts + " " + ED).keys().get(0).hosts()).isEqualTo(hosts);
    }

    static Stream<Arguments> refusedTexts() {
        String good = "ok.example " + ED + "\n";
        String prefix = "# keyscan\n" + good;
        return Stream.of(
                arguments("wildcard host", prefix + "*.example.com " + ED, "line 3: invalid host list"),
                arguments("negated host", prefix + "!bad.example " + ED, "line 3: invalid host list"),
                arguments("empty host entry", prefix + "a.example,,b.example " + ED, "line 3: invalid host list"),
                arguments("trailing comma", prefix + "a.example, " + ED, "line 3: invalid host list"),
                arguments("port zero", prefix + "[a.example]:0 " + ED, "line 3: invalid host list"),
                arguments("port out of range", prefix + "[a.example]:70000 " + ED, "line 3: invalid host list"),
                arguments("bracket without port", prefix + "[a.example] " + ED, "line 3: invalid host list"),
                arguments("label starting with hyphen", prefix + "-a.example " + ED, "line 3: invalid host list"),
                arguments("label of 64 characters", prefix + "a".repeat(64) + ".example " + ED, "line 3: invalid host list"),
                arguments("shell characters", prefix + "a.example;rm " + ED, "line 3: invalid host list"),
                arguments("script tag as host", prefix + "<script>alert(1)</script> " + ED, "line 3: invalid host list"),
                arguments("SQL fragment as host", prefix + "x'OR'1'='1 " + ED, "line 3: invalid host list"),
                arguments("Unicode host", prefix + "sérver.example " + ED, "line 3: invalid host list"),
                arguments("hashed salt too short", prefix + "|1|E3MHBA44T/RXNBBK1hIzRJPX=|LpAzJCbZTCUUKqRxJAIUOys0x+8= " + ED,
                        "line 3: invalid host list"),
                arguments("hashed entry mixed with names", prefix + HASHED + ",a.example " + ED, "line 3: invalid host list"),
                arguments("host list too long", prefix + "a.example,".repeat(103) + "a " + ED, "line 3: host list must have"),
                arguments("hosts without key", prefix + "a.example", "line 3: expected '<hosts> <type> <base64> [comment]'"),
                arguments("authorized_keys line without hosts", prefix + ED + " me@laptop", "line 3: host names are missing"),
                arguments("invalid key", prefix + "a.example " + line("ssh-rsa", TestKeys.rsaBlob(TestKeys.RSA1024)),
                        "line 3: RSA keys must have at least 2048 bits"),
                arguments("DSA key", good + good + good + "a.example ssh-dss AAAAB3NzaC1kc3M=", "line 4: DSA"),
                arguments("cert-authority marker", "@cert-authority *.example.com " + ED, "line 1: marker lines"),
                arguments("revoked marker", prefix + "@revoked * " + ED, "line 3: marker lines"),
                arguments("private key pasted", "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n",
                        "line 1: this is a private key"),
                arguments("null", null, "no host keys given"),
                arguments("empty", "", "no host keys given"),
                arguments("blank lines only", "\n \n\t\n", "no host keys given"),
                arguments("comments only", "# nothing here\n#\n", "no host keys given"),
                arguments("text too long", "#".repeat(SshHostKeys.MAX_TEXT_LENGTH) + "\n" + good, "host key list is too long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTexts")
    void refusesInvalidTextNamingTheLine(String name, String text, String reason) {
        assertThatThrownBy(() -> SshHostKeys.parse(text))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void acceptsExactlyMaximumNumberOfKeys() {
        assertThat(SshHostKeys.parse(hostLines(SshHostKeys.MAX_KEYS)).keys()).hasSize(SshHostKeys.MAX_KEYS);
    }

    @Test
    void refusesOneKeyTooManyNamingItsLine() {
        String text = "# too many\n" + hostLines(SshHostKeys.MAX_KEYS + 1);

        assertThatThrownBy(() -> SshHostKeys.parse(text))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessage("line 52: too many host keys: at most 50");
    }

    @Test
    void constructorRefusesEmptyAndOversizedListsAndCopiesTheList() {
        var key = SshHostKeys.parse("a.example " + ED).keys().get(0);
        var keys = new ArrayList<>(List.of(key));

        var hostKeys = new SshHostKeys(keys);
        keys.clear();

        assertThat(hostKeys.keys()).containsExactly(key);
        assertThatThrownBy(() -> new SshHostKeys(List.of()))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageContaining("no host keys given");
        assertThatThrownBy(() -> new SshHostKeys(Collections.nCopies(SshHostKeys.MAX_KEYS + 1, key)))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageContaining("too many host keys");
    }

    @Test
    void hostKeyConstructorValidatesHosts() {
        var key = SshPublicKey.parse(ED);

        assertThat(new SshHostKeys.HostKey("[a.example]:2222", key).hosts()).isEqualTo("[a.example]:2222");
        assertThatThrownBy(() -> new SshHostKeys.HostKey("a b", key))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageStartingWith("invalid host list");
        assertThatThrownBy(() -> new SshHostKeys.HostKey(null, key))
                .isInstanceOf(InvalidSshKeyException.class);
    }

    private static String hostLines(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "host" + i + ".example " + ED + "\n")
                .collect(Collectors.joining());
    }
}
