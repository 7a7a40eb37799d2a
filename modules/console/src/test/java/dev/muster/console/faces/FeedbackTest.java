package dev.muster.console.faces;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackTest {

    @Test
    void fieldErrorsGoToTheInputOfTheSameName() {
        assertThat(Feedback.inputFor("slug", Map.of())).isEqualTo("slug");
    }

    @Test
    void nestedFieldPathsGoToTheirLastSegment() {
        assertThat(Feedback.inputFor("create.tenant.contactEmail", Map.of())).isEqualTo("contactEmail");
    }

    @Test
    void formsMayNameTheirInputsDifferently() {
        assertThat(Feedback.inputFor("email", Map.of("email", "inviteEmail"))).isEqualTo("inviteEmail");
    }

    @Test
    void anEntryOfAListGoesToTheListsInputWithItsNumber() {
        assertThat(Feedback.inputFor("recipients[2]", Map.of())).isEqualTo("recipients");
        assertThat(Feedback.inputFor("allowedBssids[0]", Map.of("allowedBssids", "bssids"))).isEqualTo("bssids");
        assertThat(Feedback.entryIndex("recipients[2]")).isEqualTo(2);
        assertThat(Feedback.entryIndex("recipients")).isEqualTo(-1);
        assertThat(Feedback.entryIndex(null)).isEqualTo(-1);
    }

    @Test
    void errorsWithoutFieldHaveNoInput() {
        assertThat(Feedback.inputFor(null, Map.of())).isNull();
    }
}
