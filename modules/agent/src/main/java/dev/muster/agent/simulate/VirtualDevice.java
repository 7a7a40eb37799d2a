package dev.muster.agent.simulate;

import java.time.Instant;

/**
 * One simulated device: its key and credentials, and its current token. The token fields are
 * volatile because consecutive heartbeats of a device may go out on different connections.
 */
final class VirtualDevice {

    final int index;
    final String key;
    volatile String deviceId;
    volatile String secret;
    volatile String token;
    volatile Instant renewAt = Instant.MIN;

    VirtualDevice(int index, String key) {
        this.index = index;
        this.key = key;
    }

    boolean needsToken(Instant now) {
        return token == null || !now.isBefore(renewAt);
    }

    @Override
    public String toString() {
        return "VirtualDevice[" + key + ", " + deviceId + "]";
    }
}
