package dev.muster.devices.presence;

import dev.muster.devices.api.Presence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManualPresenceTest {

    @Test
    void anOperatorMayTakeADeviceThatWasHeardFromOfflineOrOutOfService() {
        assertThat(PresenceTransitions.manualRefusal(Presence.ONLINE, Presence.OFFLINE)).isEmpty();
        assertThat(PresenceTransitions.manualRefusal(Presence.ONLINE, Presence.STALE)).isEmpty();
        assertThat(PresenceTransitions.manualRefusal(Presence.OFFLINE, Presence.STALE)).isEmpty();
    }

    @Test
    void aMarkThatChangesNothingOrStepsBackIsRefused() {
        assertThat(PresenceTransitions.manualRefusal(Presence.OFFLINE, Presence.OFFLINE)).hasValueSatisfying(
                why -> assertThat(why).contains("OFFLINE already"));
        assertThat(PresenceTransitions.manualRefusal(Presence.STALE, Presence.STALE)).isPresent();
        assertThat(PresenceTransitions.manualRefusal(Presence.STALE, Presence.OFFLINE)).hasValueSatisfying(
                why -> assertThat(why).contains("heartbeat"));
        assertThat(PresenceTransitions.manualRefusal(Presence.NEVER_SEEN, Presence.OFFLINE)).hasValueSatisfying(
                why -> assertThat(why).contains("never seen"));
        assertThat(PresenceTransitions.manualRefusal(Presence.NEVER_SEEN, Presence.STALE)).isPresent();
    }
}
