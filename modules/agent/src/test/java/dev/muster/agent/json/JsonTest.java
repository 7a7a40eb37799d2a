package dev.muster.agent.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" and backslash \\ and slash /", "\n\r\t\b\f", "\u0000\u0001\u001f\u007f",
            "line\u2028separator\u2029", "Grüße 日本語 émoji 😀", "</script><script>alert(1)</script>", "\\u0041 not an escape",
            "{\"nested\": [1, 2]}", "\uFEFFbom"})
    void writesAndReadsBackHostileStrings(String hostile) {
        Map<String, Object> object = Map.of("value", hostile, hostile, "as key");

        String text = Json.write(object);

        assertThat(Json.parseObject(text)).isEqualTo(object);
        assertThat(text.chars()).noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029);
    }

    @Test
    void escapesLoneSurrogatesSoTheOutputIsValidUtf8() {
        String lone = "a\uD800b\uDC00c";

        String text = Json.write(lone);

        assertThat(text).isEqualTo("\"a\\ud800b\\udc00c\"");
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(Json.parse(text)).isEqualTo(lone);
    }

    @Test
    void readsEscapesIncludingSurrogatePairs() {
        assertThat(Json.parse("\"\\u00e9\\ud83d\\ude00\\/\\\"\"")).isEqualTo("é😀/\"");
    }

    @Test
    void writesNestedMapsListsNumbersAndKeepsKeyOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", 1);
        object.put("a", Arrays.asList(true, null, 2.5, -3L));
        object.put("m", Map.of("cpu", 12.0));

        assertThat(Json.write(object)).isEqualTo("{\"z\":1,\"a\":[true,null,2.5,-3],\"m\":{\"cpu\":12}}");
    }

    @Test
    void readsNumbersAsLongOrDouble() {
        assertThat(Json.parse("[0, -12, 1.5, 1e3, -0.25E-2, 12345678901234567890]")).isEqualTo(
                List.of(0L, -12L, 1.5, 1000.0, -0.0025, 1.2345678901234567E19));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1,]", "01", "-", "1.", ".5", "+1", "\"unterminated", "\"bad \\x escape\"",
            "\"short \\u12\"", "{\"a\" 1}", "{a:1}", "[1 2]", "nul", "true false", "\"raw\nnewline\"", "{\"a\":1}x", "NaN"})
    void refusesInvalidText(String invalid) {
        assertThatThrownBy(() -> Json.parse(invalid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid JSON at offset");
    }

    @Test
    void refusesDeepNestingInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void refusesToWriteNaN() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
