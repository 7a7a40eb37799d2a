package dev.muster.agent.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTimingTest {

    private final Instant now = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void renewsAnHourLongTokenAt80Percent() {
        assertThat(TokenTiming.renewAt(now, now.plus(Duration.ofHours(1)), Duration.ZERO)).isEqualTo(now.plus(Duration.ofMinutes(48)));
    }

    @Test
    void renewsATenMinuteTokenFiveMinutesBeforeItExpires() {
        assertThat(TokenTiming.renewAt(now, now.plus(Duration.ofMinutes(10)), Duration.ZERO)).isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void renewsAShortTokenNotBeforeHalfItsLifetime() {
        assertThat(TokenTiming.renewAt(now, now.plus(Duration.ofMinutes(2)), Duration.ZERO)).isEqualTo(now.plus(Duration.ofMinutes(1)));
    }

    @Test
    void correctsForTheServersClockSkew() {
        // The server's clock is 10 minutes ahead: its "expires in 60 min" is 50 min on our clock.
        Instant expires = now.plus(Duration.ofMinutes(70));

        assertThat(TokenTiming.renewAt(now, expires, Duration.ofMinutes(10))).isEqualTo(now.plus(Duration.ofMinutes(48)));
    }

    @Test
    void aTokenThatLooksExpiredIsStillGivenAFewSeconds() {
        assertThat(TokenTiming.renewAt(now, now.minusSeconds(30), Duration.ZERO)).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void jitterStaysWithinTenPercentAndUsesTheRange() {
        SplittableRandom random = new SplittableRandom(5);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 10_000; i++) {
            long ms = TokenTiming.jittered(Duration.ofSeconds(60), 0.10, random).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }

        assertThat(min).isBetween(54_000L, 54_200L);
        assertThat(max).isBetween(65_800L, 66_000L);
    }
}
