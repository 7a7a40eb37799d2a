package dev.muster.console.view.notifications;

import dev.muster.alerts.api.AlertNotice.Change;
import dev.muster.alerts.api.ChannelKind;
import dev.muster.alerts.api.ChannelRequest;
import dev.muster.alerts.api.ChannelView;
import dev.muster.alerts.api.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelFormTest {

    @Test
    void anEmailChannelSendsTheTypedAddressesAndNoUrl() {
        ChannelForm form = new ChannelForm();
        form.setName("  On-call ");
        form.setKind(ChannelKind.EMAIL);
        form.setRecipients("a@example.com, b@example.com\n\n c@example.com;d@example.com ");
        form.setUrl("https://left.over.example/from-another-kind");

        ChannelRequest request = form.request();

        assertThat(request.name()).isEqualTo("On-call");
        assertThat(request.kind()).isEqualTo("EMAIL");
        assertThat(request.recipients()).containsExactly("a@example.com", "b@example.com", "c@example.com", "d@example.com");
        assertThat(request.url()).isNull();
    }

    @Test
    void aWebhookSendsItsUrlAndTheSubscriptionAsTheApiNamesIt() {
        ChannelForm form = new ChannelForm();
        form.setName("Ops");
        form.setUrl(" https://ops.example.com/hook ");
        form.setRecipients("ignored@example.com");
        form.setSeverities(List.of("CRITICAL", "MAJOR"));
        form.setTypes("device_offline, BATTERY_LOW  CLOCK_SKEW");
        form.setGroups("site, berlin\nlab\n");
        form.setChanges(List.of("OPENED"));

        ChannelRequest request = form.request();

        assertThat(request.kind()).as("a new channel is a webhook unless chosen otherwise").isEqualTo("WEBHOOK");
        assertThat(request.url()).isEqualTo("https://ops.example.com/hook");
        assertThat(request.recipients()).isNull();
        assertThat(request.severities()).containsExactly("CRITICAL", "MAJOR");
        assertThat(request.types()).containsExactly("device_offline", "BATTERY_LOW", "CLOCK_SKEW");
        assertThat(request.groups()).as("a group's name may hold a comma").containsExactly("site, berlin", "lab");
        assertThat(request.changes()).containsExactly("OPENED");
        assertThat(request.enabled()).isTrue();
        assertThat(request.escalation()).isFalse();
    }

    @Test
    void editingASlackChannelStartsWithoutItsUrlAndKeepsItWhenLeftEmpty() {
        ChannelForm form = ChannelForm.of(channel(ChannelKind.SLACK, "https://hooks.slack.com/…wxyz"));

        assertThat(form.isEditing()).isTrue();
        assertThat(form.getUrl()).as("the hint is not the URL").isNull();
        assertThat(form.request().url()).as("null keeps the current target").isNull();
        assertThat(form.request().severities()).containsExactly("CRITICAL");
        assertThat(form.getTypes()).isEqualTo("DEVICE_OFFLINE, DOOR_OPEN");
    }

    @Test
    void editingAWebhookShowsItsUrl() {
        ChannelForm form = ChannelForm.of(channel(ChannelKind.WEBHOOK, "https://ops.example.com/hook"));

        assertThat(form.getUrl()).isEqualTo("https://ops.example.com/hook");
        assertThat(ChannelForm.of(channel(ChannelKind.WEBHOOK, "https://ops.example.com/hook")).request().url())
                .isEqualTo("https://ops.example.com/hook");
    }

    @Test
    void switchingAChannelKeepsEverythingElseAndItsTarget() {
        ChannelView channel = channel(ChannelKind.SLACK, "https://hooks.slack.com/…wxyz");

        ChannelRequest off = ChannelForm.switched(channel, false);

        assertThat(off.enabled()).isFalse();
        assertThat(off.url()).isNull();
        assertThat(off.name()).isEqualTo("Team");
        assertThat(off.escalation()).isTrue();
        assertThat(off.severities()).containsExactly("CRITICAL");
        assertThat(off.types()).containsExactly("DEVICE_OFFLINE", "DOOR_OPEN");
        assertThat(off.groups()).containsExactly("lab");
        assertThat(off.changes()).containsExactly("OPENED", "RESOLVED");
    }

    @Test
    void aNewFormTicksTheChangesTheApiSendsByDefault() {
        assertThat(new ChannelForm().getChanges()).containsExactly("OPENED", "REOPENED", "RESOLVED");
        assertThat(new ChannelForm().getSeverities()).isEmpty();
    }

    @Test
    void blankTextHasNoEntries() {
        assertThat(ChannelForm.entries(null, ",")).isEmpty();
        assertThat(ChannelForm.entries(" \n ", "\\R")).isEmpty();
    }

    static ChannelView channel(ChannelKind kind, String target) {
        return new ChannelView(UUID.randomUUID(), "Team", kind, true, true, List.of(), target,
                kind == ChannelKind.WEBHOOK ? "whsec_abcd…" : null, List.of(Severity.CRITICAL), List.of("DEVICE_OFFLINE", "DOOR_OPEN"),
                List.of("lab"), List.of(Change.OPENED, Change.RESOLVED), "owner@example.com", Instant.EPOCH, Instant.EPOCH, 0);
    }
}
