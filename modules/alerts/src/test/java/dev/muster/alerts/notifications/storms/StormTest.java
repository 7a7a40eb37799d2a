package dev.muster.alerts.notifications.storms;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import dev.muster.alerts.notifications.delivery.Notification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StormTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-24T04:00:00Z");

    private static RecentNotice offline(String group, Severity severity) {
        return new RecentNotice(new AlertNotice(UUID.randomUUID(), TENANT, UUID.randomUUID(), "cam", group, "DEVICE_OFFLINE",
                severity, AlertNotice.Change.OPENED, "offline", 1, "automatically", NOW), true, NOW);
    }

    @Test
    void theThresholdNoticesGoOutAndTheRestAreHeld() {
        assertThat(StormGuard.isStorm(0, 10)).isFalse();
        assertThat(StormGuard.isStorm(9, 10)).isFalse();
        assertThat(StormGuard.isStorm(10, 10)).isTrue();
    }

    @Test
    void aDigestCountsHeldAlertsByGroupLargestFirst() {
        List<RecentNotice> held = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            held.add(offline("site-a", Severity.MAJOR));
        }
        for (int i = 0; i < 12; i++) {
            held.add(offline("site-b", Severity.CRITICAL));
        }
        held.add(offline(null, Severity.MAJOR));
        Notification.Digest digest = StormDigests.digestOf(held);
        assertThat(digest.count()).isEqualTo(313);
        assertThat(digest.byGroup()).containsExactly(
                org.assertj.core.api.Assertions.entry("site-a", 300),
                org.assertj.core.api.Assertions.entry("site-b", 12),
                org.assertj.core.api.Assertions.entry("", 1));
        assertThat(StormDigests.worst(held)).isEqualTo(Severity.CRITICAL);

        Notification notification = Notification.digest(TENANT, Severity.CRITICAL, "DEVICE_OFFLINE", digest, NOW);
        assertThat(notification.subject())
                .isEqualTo("[Muster] Alert storm: 313 DEVICE_OFFLINE alerts opened in 3 groups (site-a: 300, site-b: 12, no group: 1)");
    }

    @Test
    void aStormInOneGroupSaysSo() {
        List<RecentNotice> held = new ArrayList<>();
        for (int i = 0; i < 312; i++) {
            held.add(offline("site-x", Severity.MAJOR));
        }
        Notification notification = Notification.digest(TENANT, Severity.MAJOR, "DEVICE_OFFLINE", StormDigests.digestOf(held), NOW);
        assertThat(notification.subject()).isEqualTo("[Muster] Alert storm: 312 DEVICE_OFFLINE alerts opened in group site-x");
        assertThat(notification.text()).contains("   312  site-x");
        assertThat(notification.webhookJson(UUID.randomUUID())).contains("\"event\":\"alerts.digest\"", "\"count\":312",
                "\"site-x\":312");
    }
}
