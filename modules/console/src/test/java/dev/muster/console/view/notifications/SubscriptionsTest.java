package dev.muster.console.view.notifications;

import dev.muster.alerts.api.AlertNotice.Change;
import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionsTest {

    @Test
    void everyDimensionIsNamedAndAnEmptyOneReadsAll() {
        ChannelView channel = new ChannelView(UUID.randomUUID(), "Team", ChannelKind.EMAIL, true, false, List.of("a@example.com"),
                null, null, List.of(Severity.CRITICAL, Severity.MAJOR), List.of(), List.of("lab", "site-b"),
                List.of(Change.OPENED, Change.RESOLVED), "o@example.com", Instant.EPOCH, Instant.EPOCH, 0);

        assertThat(Subscriptions.describe(channel, key -> "<" + key + ">"))
                .isEqualTo("<severity.CRITICAL>, <severity.MAJOR> · <channels.allTypes> · <channels.groupsPrefix> lab, site-b"
                        + " · <alertChange.OPENED>, <alertChange.RESOLVED>");
    }

    @Test
    void anEscalationChannelSaysItHearsOnlyRemindersAndEscalations() {
        ChannelView channel = ChannelFormTest.channel(ChannelKind.WEBHOOK, "https://ops.example.com/hook");

        assertThat(Subscriptions.describe(channel, key -> "<" + key + ">"))
                .isEqualTo("<severity.CRITICAL> · DEVICE_OFFLINE, DOOR_OPEN · <channels.groupsPrefix> lab · <channels.escalationOnly>");
    }
}
