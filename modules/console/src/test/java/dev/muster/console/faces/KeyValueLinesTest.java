package dev.muster.console.faces;

import dev.muster.console.faces.KeyValueLines.Kind;
import dev.muster.console.faces.KeyValueLines.Problem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyValueLinesTest {

    @Test
    void readsOneEntryPerLineInTheOrderWritten() {
        KeyValueLines.Parsed parsed = KeyValueLines.parse("site=berlin\nfloor=3\n");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.values()).containsExactly(Map.entry("site", "berlin"), Map.entry("floor", "3"));
    }

    @Test
    void trimsKeysAndValuesAndSkipsBlankLinesWithAnyLineEnding() {
        KeyValueLines.Parsed parsed = KeyValueLines.parse("  site = berlin \r\n\r\n\tfloor=3\r");

        assertThat(parsed.values()).containsExactly(Map.entry("site", "berlin"), Map.entry("floor", "3"));
    }

    @Test
    void onlyTheFirstEqualsSignSeparates() {
        assertThat(KeyValueLines.parse("query=a=b").values()).containsExactly(Map.entry("query", "a=b"));
    }

    @Test
    void anEmptyValueIsAllowed() {
        assertThat(KeyValueLines.parse("outdoor=").values()).containsExactly(Map.entry("outdoor", ""));
    }

    @Test
    void emptyTextIsAnEmptyMapThatClearsEverything() {
        assertThat(KeyValueLines.parse(null).values()).isEmpty();
        assertThat(KeyValueLines.parse(" \n ").values()).isEmpty();
        assertThat(KeyValueLines.parse(null).valid()).isTrue();
    }

    @Test
    void namesEachBadLineWithItsNumber() {
        KeyValueLines.Parsed parsed = KeyValueLines.parse("site=berlin\noutdoor\n=3\nsite=paris");

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.values()).as("nothing half-parsed is handed on").isEmpty();
        assertThat(parsed.problems()).containsExactly(
                new Problem(2, Kind.NO_EQUALS, "outdoor"),
                new Problem(3, Kind.NO_KEY, ""),
                new Problem(4, Kind.DUPLICATE, "site"));
    }

    @Test
    void formatsSortedByKeySoThatFormatThenParseGivesTheSameEntries() {
        Map<String, String> tags = Map.of("site", "berlin", "floor", "3", "outdoor", "");

        String text = KeyValueLines.format(tags);

        assertThat(text).isEqualTo("floor=3\noutdoor=\nsite=berlin\n");
        assertThat(KeyValueLines.parse(text).values()).isEqualTo(tags);
    }

    @Test
    void formatsNothingAsEmptyText() {
        assertThat(KeyValueLines.format(null)).isEmpty();
        assertThat(KeyValueLines.format(Map.of())).isEmpty();
    }
}
