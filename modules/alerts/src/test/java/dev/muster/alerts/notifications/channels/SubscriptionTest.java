package dev.muster.alerts.notifications.channels;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.AlertNotice.Change;
import dev.muster.alerts.api.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionTest {

    private static AlertNotice notice(Severity severity, String type, String group, Change change) {
        return new AlertNotice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cam-1", group, type, severity,
                change, "Device offline", 1, "automatically", Instant.parse("2026-11-24T04:00:00Z"));
    }

    @Test
    void anEmptySubscriptionHearsNewReopenedAndResolvedAlertsOfEveryKind() {
        Subscription all = new Subscription(Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(all.changes()).isEqualTo(Subscription.DEFAULT_CHANGES);
        assertThat(all.matches(notice(Severity.INFO, "CUSTOM", null, Change.OPENED))).isTrue();
        assertThat(all.matches(notice(Severity.CRITICAL, "DEVICE_OFFLINE", "site-a", Change.REOPENED))).isTrue();
        assertThat(all.matches(notice(Severity.CRITICAL, "DEVICE_OFFLINE", "site-a", Change.RESOLVED))).isTrue();
    }

    @Test
    void repeatsAndAcknowledgementsAreOnlySentWhenAsked() {
        Subscription defaults = new Subscription(Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(defaults.matches(notice(Severity.CRITICAL, "X", null, Change.REPEATED))).isFalse();
        assertThat(defaults.matches(notice(Severity.CRITICAL, "X", null, Change.ACKNOWLEDGED))).isFalse();
        Subscription acks = new Subscription(Set.of(), Set.of(), Set.of(), Set.of(Change.ACKNOWLEDGED));
        assertThat(acks.matches(notice(Severity.CRITICAL, "X", null, Change.ACKNOWLEDGED))).isTrue();
        assertThat(acks.matches(notice(Severity.CRITICAL, "X", null, Change.OPENED))).isFalse();
    }

    @Test
    void everyDimensionMustMatch() {
        Subscription critical = new Subscription(Set.of(Severity.CRITICAL, Severity.MAJOR), Set.of("device_offline"),
                Set.of("Site-A"), Set.of());
        assertThat(critical.matches(notice(Severity.MAJOR, "DEVICE_OFFLINE", "site-a", Change.OPENED))).isTrue();
        assertThat(critical.matches(notice(Severity.MINOR, "DEVICE_OFFLINE", "site-a", Change.OPENED))).isFalse();
        assertThat(critical.matches(notice(Severity.MAJOR, "BATTERY_LOW", "site-a", Change.OPENED))).isFalse();
        assertThat(critical.matches(notice(Severity.MAJOR, "DEVICE_OFFLINE", "site-b", Change.OPENED))).isFalse();
    }

    @Test
    void aTenantWideAlertMatchesOnlyChannelsThatDoNotFilterByGroup() {
        AlertNotice tenantWide = notice(Severity.MAJOR, "CUSTOM", null, Change.OPENED);
        assertThat(new Subscription(Set.of(), Set.of(), Set.of("site-a"), Set.of()).matches(tenantWide)).isFalse();
        assertThat(new Subscription(Set.of(), Set.of(), Set.of(), Set.of()).matches(tenantWide)).isTrue();
    }

    @Test
    void groupsWithCommasSurviveStorage() {
        Set<String> groups = Set.of("berlin, floor 2", "hamburg");
        assertThat(Subscription.split(Subscription.join(groups))).containsExactlyInAnyOrderElementsOf(groups);
        assertThat(Subscription.split("")).isEmpty();
    }
}
