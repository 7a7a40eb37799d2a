package dev.muster.agent.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    private static final Set<String> VALUED = Set.of("server", "code", "provisioning-key", "devices", "fraction");
    private static final Set<String> FLAGS = Set.of("verbose");

    private static Options parse(String... args) {
        return Options.parse(List.of(args), VALUED, FLAGS);
    }

    @Test
    void acceptsSpaceAndEqualsFormsAndFlags() {
        Options options = parse("--server", "http://127.0.0.1:8080/", "--devices=12", "--verbose");

        assertThat(options.server("server").toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.whole("devices", 1, 100, 0)).isEqualTo(12);
        assertThat(options.flag("verbose")).isTrue();
        assertThat(options.whole("fraction", 0, 1, 7)).isEqualTo(7);
    }

    @Test
    void namesAnUnknownOption() {
        assertThatThrownBy(() -> parse("--sever", "x")).isInstanceOf(UsageException.class).hasMessage("Unknown option --sever");
    }

    @Test
    void saysWhenAValueIsMissing() {
        assertThatThrownBy(() -> parse("--server")).hasMessage("--server needs a value");
        assertThatThrownBy(() -> parse("--server", "--verbose")).hasMessage("--server needs a value");
    }

    @Test
    void refusesStrayArgumentsRepeatsAndValuesOnFlags() {
        assertThatThrownBy(() -> parse("enroll")).hasMessageContaining("Unexpected argument 'enroll'");
        assertThatThrownBy(() -> parse("--devices", "1", "--devices", "2")).hasMessage("--devices is given twice");
        assertThatThrownBy(() -> parse("--verbose=yes")).hasMessage("--verbose takes no value");
    }

    @Test
    void checksNumbersAndTheirRange() {
        assertThatThrownBy(() -> parse("--devices", "ten").whole("devices", 1, 100, 1))
                .hasMessage("--devices must be a whole number, got 'ten'");
        assertThatThrownBy(() -> parse("--devices", "0").whole("devices", 1, 100, 1))
                .hasMessage("--devices must be between 1 and 100, got 0");
        assertThatThrownBy(() -> parse("--fraction", "1.5").decimal("fraction", 0, 1, 0))
                .hasMessage("--fraction must be between 0.0 and 1.0, got 1.5");
        assertThatThrownBy(() -> parse("--fraction", "NaN").decimal("fraction", 0, 1, 0))
                .hasMessageContaining("must be between");
    }

    @Test
    void acceptsOnlyHttpUrlsForTheServer() {
        assertThatThrownBy(() -> parse("--server", "ftp://host").server("server")).hasMessageContaining("must be an http:// or https:// URL");
        assertThatThrownBy(() -> parse("--server", "localhost:8080").server("server")).hasMessageContaining("must be an http");
        assertThatThrownBy(() -> parse("--server", "http://h/?q=1").server("server")).hasMessageContaining("must be an http");
        assertThatThrownBy(() -> parse().server("server")).hasMessage("--server is required");
    }

    @Test
    void wantsExactlyOneOfTwoAlternativesWithoutEchoingSecrets() {
        assertThat(parse("--code", "K7P-X3M").exactlyOne("code", "provisioning-key")).isEqualTo(Map.entry("code", "K7P-X3M"));
        assertThatThrownBy(() -> parse().exactlyOne("code", "provisioning-key")).hasMessage("Give either --code or --provisioning-key");
        assertThatThrownBy(() -> parse("--code", "K7P-X3M", "--provisioning-key", "mp_secret").exactlyOne("code", "provisioning-key"))
                .hasMessage("Give either --code or --provisioning-key, not both")
                .message().doesNotContain("mp_secret");
    }
}
