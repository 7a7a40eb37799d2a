package dev.muster.tokens.codes;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFormatTest {

    @RepeatedTest(20)
    void generatedCodesHaveSixCharactersWithoutLookAlikes() {
        assertThat(CodeFormat.generate()).hasSize(6).doesNotContainAnyWhitespaces()
                .matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
    }

    @Test
    void theAlphabetLeavesOutZeroOhOneEyeAndEll() {
        assertThat(CodeFormat.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void codesAreSpreadOverTheWholeSpace() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(CodeFormat.generate());
        }
        assertThat(codes).hasSizeGreaterThan(9_900);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7PX3M", "k7px3m", "K7P-X3M", " k7p x3m ", "K-7-P-X-3-M", "k7P\tx3M"})
    void caseSpacesAndDashesDoNotMatter(String typed) {
        assertThat(CodeFormat.normalize(typed)).contains("K7PX3M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7PX3", "K7PX3MM", "K7PX0M", "K7PXOM", "K7PX1M", "K7PXIM", "K7PXLM", "K7PX3Ü",
            "K7P_X3M", "' OR 1=1", "<script>", "ｋ７ｐｘ３ｍ"})
    void anythingElseIsNotACode(String typed) {
        assertThat(CodeFormat.normalize(typed)).isEmpty();
    }

    @Test
    void overlongInputIsRefusedWithoutWork() {
        assertThat(CodeFormat.normalize("-".repeat(10_000) + "K7PX3M")).isEmpty();
        assertThat(CodeFormat.normalize(null)).isEmpty();
    }

    @Test
    void codesAreShownInTwoHalves() {
        assertThat(CodeFormat.display("K7PX3M")).isEqualTo("K7P-X3M");
    }
}
