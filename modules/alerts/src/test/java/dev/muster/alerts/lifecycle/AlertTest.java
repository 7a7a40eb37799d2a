package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertNotice.Change;
import dev.muster.alerts.api.AlertSource;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.EntryKind;
import dev.muster.alerts.api.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
    private static final UUID TENANT = UUID.randomUUID();
    private static final Alert.DeviceLabel CAMERA = new Alert.DeviceLabel(UUID.randomUUID(), "Lobby camera", "building-a");

    private static Alert offline() {
        return new Alert(TENANT, AlertSource.PRESENCE, AlertTypes.DEVICE_OFFLINE, Severity.MAJOR, "Lobby camera is offline", null,
                CAMERA, T0, Alert.AUTOMATICALLY, null);
    }

    @Test
    void aNewAlertIsOpenWithOneOccurrenceAndHoldsTheOpenKeyOfItsDeviceAndType() {
        Alert alert = offline();
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.occurrences()).isEqualTo(1);
        assertThat(alert.openKey()).isEqualTo(CAMERA.id() + ":DEVICE_OFFLINE");
        assertThat(alert.timeline()).extracting(AlertEntry::kind).containsExactly(EntryKind.OPENED);
        assertThat(alert.deviceGroup()).isEqualTo("building-a");
    }

    @Test
    void anAlertAboutNoDeviceHasNoOpenKeySoItIsNeverDeduplicated() {
        Alert alert = new Alert(TENANT, AlertSource.MANUAL, "SITE_FLOOD", Severity.CRITICAL, "Water in the basement", null, null, T0,
                "bob@acme.example", null);
        assertThat(alert.openKey()).isNull();
        assertThat(alert.resolve("bob@acme.example", T0, null, null)).contains(Change.RESOLVED);
        assertThat(alert.occur(T0.plusSeconds(5), Severity.CRITICAL, "Again", null, null, "bob", null)).isEqualTo(Change.REOPENED);
        assertThat(alert.openKey()).isNull();
    }

    @Test
    void aRepeatCountsUpAndKeepsTheLatestMessageButNeverMovesTheLastOccurrenceBack() {
        Alert alert = offline();
        assertThat(alert.occur(T0.plusSeconds(60), Severity.CRITICAL, "Still offline", "{\"a\":\"b\"}", CAMERA, "x", null))
                .isEqualTo(Change.REPEATED);
        assertThat(alert.occur(T0.plusSeconds(30), Severity.CRITICAL, "Late news", null, CAMERA, "x", null)).isEqualTo(Change.REPEATED);
        assertThat(alert.occurrences()).isEqualTo(3);
        assertThat(alert.lastOccurredAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(alert.firstOccurredAt()).isEqualTo(T0);
        assertThat(alert.message()).isEqualTo("Late news");
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void acknowledgingRecordsWhoWhenAndTheNoteOnceOnly() {
        Alert alert = offline();
        assertThat(alert.acknowledge("bob@acme.example", T0.plusSeconds(5), "on it")).contains(Change.ACKNOWLEDGED);
        assertThat(alert.acknowledge("eve@acme.example", T0.plusSeconds(9), "me too")).isEmpty();
        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alert.acknowledgedBy()).isEqualTo("bob@acme.example");
        assertThat(alert.acknowledgeNote()).isEqualTo("on it");
        assertThat(alert.openKey()).as("acknowledged is still unresolved").isNotNull();
    }

    @Test
    void resolvingFreesTheOpenKeyAndCannotBeAcknowledgedAfterwards() {
        Alert alert = offline();
        assertThat(alert.resolve(Alert.AUTOMATICALLY, T0.plusSeconds(5), "back online", null)).contains(Change.RESOLVED);
        assertThat(alert.resolve("bob", T0.plusSeconds(6), null, null)).isEmpty();
        assertThat(alert.acknowledge("bob", T0.plusSeconds(7), null)).isEmpty();
        assertThat(alert.openKey()).isNull();
        assertThat(alert.resolvedBy()).isEqualTo("automatically");
    }

    @Test
    void aNewOccurrenceReopensAResolvedAlertAndClearsItsAcknowledgementAndResolution() {
        Alert alert = offline();
        alert.acknowledge("bob", T0.plusSeconds(1), "on it");
        alert.occur(T0.plusSeconds(2), Severity.MAJOR, "Lobby camera is offline", null, CAMERA, "x", null);
        alert.resolve(Alert.AUTOMATICALLY, T0.plusSeconds(3), null, null);
        assertThat(alert.occur(T0.plusSeconds(10), Severity.MAJOR, "Offline again", null, CAMERA, "x", null)).isEqualTo(Change.REOPENED);
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.occurrences()).as("counted since the reopen").isEqualTo(1);
        assertThat(alert.acknowledgedBy()).isNull();
        assertThat(alert.resolvedAt()).isNull();
        assertThat(alert.openKey()).isNotNull();
        assertThat(alert.timeline()).extracting(AlertEntry::kind).containsExactly(EntryKind.OPENED, EntryKind.ACKNOWLEDGED,
                EntryKind.REPEATED, EntryKind.RESOLVED, EntryKind.REOPENED);
    }

    @Test
    void anOperatorReopensOnlyAResolvedAlert() {
        Alert alert = offline();
        assertThat(alert.reopen("bob", T0, "not fixed")).isEmpty();
        alert.resolve("bob", T0.plusSeconds(1), null, null);
        assertThat(alert.reopen("bob", T0.plusSeconds(2), "not fixed")).contains(Change.REOPENED);
        assertThat(alert.timeline().get(alert.timeline().size() - 1).note()).isEqualTo("not fixed");
    }

    @Test
    void assigningTheSameMemberAgainChangesNothingAndNotesAreAllowedInEveryStatus() {
        Alert alert = offline();
        UUID bob = UUID.randomUUID();
        assertThat(alert.assign(bob, "bob@acme.example", "eve", T0)).isTrue();
        assertThat(alert.assign(bob, "bob@acme.example", "eve", T0)).isFalse();
        assertThat(alert.assign(null, null, "eve", T0)).isTrue();
        alert.resolve("eve", T0, null, null);
        alert.note("eve", T0, "post-mortem in the wiki");
        assertThat(alert.timeline()).extracting(AlertEntry::kind).endsWith(EntryKind.RESOLVED, EntryKind.NOTE);
        assertThat(alert.assigneeId()).isNull();
    }

    @Test
    void theNoticeCarriesTheDeviceAndTheCountAtTheChange() {
        Alert alert = offline();
        alert.occur(T0.plusSeconds(1), Severity.MAJOR, "Lobby camera is offline", null, CAMERA, "x", null);
        var notice = alert.notice(Change.REPEATED, "automatically", T0.plusSeconds(1));
        assertThat(notice.occurrences()).isEqualTo(2);
        assertThat(notice.deviceName()).isEqualTo("Lobby camera");
        assertThat(notice.group()).isEqualTo("building-a");
        assertThat(notice.tenantId()).isEqualTo(TENANT);
    }

    @Test
    void customTypesAreWellFormedCodesTheServerDoesNotRaiseItself() {
        assertThat(AlertTypes.custom("DOOR_OPEN")).isTrue();
        assertThat(AlertTypes.custom("DEVICE_OFFLINE")).isFalse();
        assertThat(AlertTypes.custom("door_open")).isFalse();
        assertThat(AlertTypes.custom("X")).isFalse();
        assertThat(AlertTypes.custom("A".repeat(41))).isFalse();
    }
}
