package dev.muster.console.view.enrollmentcodes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnrollmentCodesBackingTest {

    @Test
    void aCodeIsShownInTwoHalvesToReadItAloud() {
        assertThat(EnrollmentCodesBacking.display("K7PX3M")).isEqualTo("K7P-X3M");
    }

    @Test
    void anythingButASixCharacterCodeIsShownAsItIs() {
        assertThat(EnrollmentCodesBacking.display("ABC")).isEqualTo("ABC");
        assertThat(EnrollmentCodesBacking.display(null)).isNull();
    }
}
