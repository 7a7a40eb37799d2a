package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceFieldsTest {

    private final DeviceFields fields = new DeviceFields();

    @Test
    void namesDifferingOnlyInCaseOrWidthShareTheirUniquenessKey() {
        assertThat(DeviceFields.nameKey("Lobby Camera")).isEqualTo(DeviceFields.nameKey("LOBBY camera"));
        assertThat(DeviceFields.nameKey("Ｌｏｂｂｙ")).isEqualTo(DeviceFields.nameKey("lobby"));
        assertThat(DeviceFields.nameKey("Büro")).isNotEqualTo(DeviceFields.nameKey("Buro"));
    }

    @Test
    void textIsTrimmedNormalizedAndBounded() {
        assertThat(fields.line("name", "  Cafe\u0301 東京 🚀  ", 100)).isEqualTo("Café 東京 🚀");
        assertThat(fields.line("name", "   ", 100)).isNull();
        fields.verify();
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        fields.line("name", "x".repeat(101), 100);
        fields.line("type", "bell\u0007", 40);
        fields.line("group", "evil\u202Egpj.exe", 80);
        fields.key("key", "has spaces");
        assertThatThrownBy(fields::verify).isInstanceOfSatisfying(MusterException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("name", "type", "group", "key"));
    }

    @Test
    void notesMayHaveLineBreaksButNamesMayNot() {
        assertThat(fields.paragraph("notes", "one\ntwo\tthree", 100)).isEqualTo("one\ntwo\tthree");
        fields.verify();
        fields.line("name", "one\ntwo", 100);
        assertThatThrownBy(fields::verify).isInstanceOf(MusterException.class);
    }

    @Test
    void tagsNeedIdentifierKeysAndBoundedValues() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("site", " berlin ");
        tags.put("floor.2", "");
        assertThat(fields.labels("tags", tags, 20, 100)).containsExactly(Map.entry("floor.2", ""), Map.entry("site", "berlin"));
        fields.verify();
        fields.labels("tags", Map.of("bad key", "v"), 20, 100);
        assertThatThrownBy(fields::verify).isInstanceOf(MusterException.class);
    }

    @Test
    void reportedAddressesAreLiteralAndMacsNormalized() {
        DeviceInfo info = fields.info("info", new DeviceInfo("cam", null, null, null, null, "B8-27-EB-12-34-56",
                "192.168.1.23", "2001:DB8::1", null));
        fields.verify();
        assertThat(info.mac()).isEqualTo("b8:27:eb:12:34:56");
        assertThat(info.lanIp()).isEqualTo("192.168.1.23");
        assertThat(info.publicIp()).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "example.com", "localhost", "1.2.3.4.5", "::g", "12345::", "' OR 1=1"})
    void hostNamesAndBrokenAddressesAreNotIpAddresses(String value) {
        fields.ip("info.lanIp", value);
        assertThatThrownBy(fields::verify).isInstanceOfSatisfying(MusterException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("info.lanIp"));
    }
}
