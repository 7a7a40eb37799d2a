package dev.muster.console.view.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditBackingTest {

    @Test
    void fromIncludesItsWholeUtcDay() {
        assertThat(AuditBacking.startOf(LocalDate.of(2026, 3, 1))).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void toIncludesItsWholeUtcDayAsAnExclusiveBound() {
        assertThat(AuditBacking.endOf(LocalDate.of(2026, 2, 28))).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void missingDaysMeanNoBound() {
        assertThat(AuditBacking.startOf(null)).isNull();
        assertThat(AuditBacking.endOf(null)).isNull();
    }
}
