package dev.muster.alerts.rules;

import dev.muster.alerts.api.RuleSettings;
import dev.muster.alerts.rules.HeartbeatRule.Verdict;
import dev.muster.devices.api.HeartbeatReadings.Reading;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatRuleTest {

    private static final RuleSettings SETTINGS = new RuleSettings(true, 20, true, -85, true, List.of("aa:bb:cc:dd:ee:01"), true, 30);

    private static Reading reading(Integer battery, Integer rssi, String bssid, Long skewMillis) {
        return new Reading(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-23T12:00:00Z"), battery, rssi, bssid, skewMillis);
    }

    @Test
    void aLowBatteryIsBadAndClearsOnlyAboveTheHysteresisBand() {
        assertThat(HeartbeatRule.BATTERY.judge(SETTINGS, reading(19, null, null, null))).isEqualTo(Verdict.BAD);
        assertThat(HeartbeatRule.BATTERY.judge(SETTINGS, reading(20, null, null, null))).isEqualTo(Verdict.UNKNOWN);
        assertThat(HeartbeatRule.BATTERY.judge(SETTINGS, reading(24, null, null, null))).isEqualTo(Verdict.UNKNOWN);
        assertThat(HeartbeatRule.BATTERY.judge(SETTINGS, reading(25, null, null, null))).isEqualTo(Verdict.CLEAR);
        assertThat(HeartbeatRule.BATTERY.judge(SETTINGS, reading(null, null, null, null))).as("never reported").isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aWeakSignalIsBadBelowItsThresholdAndClearsFiveDecibelsAbove() {
        assertThat(HeartbeatRule.SIGNAL.judge(SETTINGS, reading(null, -86, null, null))).isEqualTo(Verdict.BAD);
        assertThat(HeartbeatRule.SIGNAL.judge(SETTINGS, reading(null, -82, null, null))).isEqualTo(Verdict.UNKNOWN);
        assertThat(HeartbeatRule.SIGNAL.judge(SETTINGS, reading(null, -80, null, null))).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void anAccessPointOutsideTheAllowedListIsBadAndAnEmptyListJudgesNothing() {
        assertThat(HeartbeatRule.ACCESS_POINT.judge(SETTINGS, reading(null, null, "aa:bb:cc:dd:ee:99", null))).isEqualTo(Verdict.BAD);
        assertThat(HeartbeatRule.ACCESS_POINT.judge(SETTINGS, reading(null, null, "aa:bb:cc:dd:ee:01", null))).isEqualTo(Verdict.CLEAR);
        RuleSettings noList = new RuleSettings(null, null, null, null, true, List.of(), null, null).over(SETTINGS);
        assertThat(noList.allowedBssids()).isEmpty();
        assertThat(HeartbeatRule.ACCESS_POINT.judge(noList, reading(null, null, "aa:bb:cc:dd:ee:99", null))).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void clockSkewCountsEitherWayAndClearsTenPercentBelowTheThreshold() {
        assertThat(HeartbeatRule.CLOCK_SKEW.judge(SETTINGS, reading(null, null, null, -31_000L))).isEqualTo(Verdict.BAD);
        assertThat(HeartbeatRule.CLOCK_SKEW.judge(SETTINGS, reading(null, null, null, 28_000L))).isEqualTo(Verdict.UNKNOWN);
        assertThat(HeartbeatRule.CLOCK_SKEW.judge(SETTINGS, reading(null, null, null, 27_000L))).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void aSwitchedOffRuleClearsSoItsOpenAlertsResolve() {
        RuleSettings off = new RuleSettings(false, null, false, null, false, null, false, null).over(SETTINGS);
        for (HeartbeatRule rule : HeartbeatRule.values()) {
            assertThat(rule.judge(off, reading(1, -140, "aa:bb:cc:dd:ee:99", 999_000L))).as(rule.name()).isEqualTo(Verdict.CLEAR);
        }
    }

    @Test
    void aGroupOverrideTakesWhatItSetsAndInheritsTheRest() {
        RuleSettings group = new RuleSettings(null, 50, false, null, null, null, null, null).over(SETTINGS);
        assertThat(group.batteryEnabled()).isTrue();
        assertThat(group.batteryBelowPercent()).isEqualTo(50);
        assertThat(group.signalEnabled()).isFalse();
        assertThat(group.allowedBssids()).containsExactly("aa:bb:cc:dd:ee:01");
    }

    @Test
    void settingsAreCheckedAndBssidsNormalized() {
        RuleSettings clean = RuleBook.check(new RuleSettings(null, 10, null, -70, null, List.of(" AA-BB-CC-DD-EE-FF "), null, 5));
        assertThat(clean.allowedBssids()).containsExactly("aa:bb:cc:dd:ee:ff");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleBook.check(new RuleSettings(null, 0, null, 5, null,
                        List.of("nope"), null, null)))
                .hasMessageContaining("batteryBelowPercent").hasMessageContaining("signalBelowDbm").hasMessageContaining("allowedBssids");
    }
}
