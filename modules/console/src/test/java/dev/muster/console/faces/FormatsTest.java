package dev.muster.console.faces;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void fractionsAreShownAsPercentagesAndNothingToMeasureAsADash() {
        assertThat(formats.percent(1.0)).isEqualTo("100.0 %");
        assertThat(formats.percent(0.98765)).isEqualTo("98.8 %");
        assertThat(formats.percent(null)).isEqualTo("–");
    }

    @Test
    void howLongAgoIsRoundedDownToItsLargestUnit() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        assertThat(Formats.ago(now.minusSeconds(30), now)).isEqualTo("just now");
        assertThat(Formats.ago(now.minusSeconds(150), now)).isEqualTo("2 min ago");
        assertThat(Formats.ago(now.minusSeconds(3 * 3600 + 59), now)).isEqualTo("3 h ago");
        assertThat(Formats.ago(now.minusSeconds(5 * 86_400), now)).isEqualTo("5 d ago");
    }
}
