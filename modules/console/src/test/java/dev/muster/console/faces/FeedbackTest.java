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
    void errorsWithoutFieldHaveNoInput() {
        assertThat(Feedback.inputFor(null, Map.of())).isNull();
    }
}
