package dev.muster.console.view.devices;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.SshKeyView;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceRowTest {

    private static DeviceView device(String name, Map<String, String> tags, DeviceInfo info, SshKeyView sshKey) {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        return new DeviceView(UUID.randomUUID(), "b827eb123456", name, "camera", "building-a", tags, null, Map.of(),
                DeviceStatus.ACTIVE, info, now, sshKey, "pre-registered", now, now, now, now, 3, null);
    }

    @Test
    void showsTheReportedInfoAndWhetherThereIsAnSshKey() {
        DeviceInfo info = new DeviceInfo("cam-lobby-01", "Debian", "12", "aarch64", "0.1.0", null, "192.168.1.23", null, null);
        SshKeyView key = new SshKeyView("ED25519", 256, "SHA256:abc", "pi@cam", "ssh-ed25519 AAAA", Instant.now());

        DeviceRow row = DeviceRow.of(device("Lobby camera", Map.of(), info, key));

        assertThat(row.hostname()).isEqualTo("cam-lobby-01");
        assertThat(row.os()).isEqualTo("Debian");
        assertThat(row.lanIp()).isEqualTo("192.168.1.23");
        assertThat(row.sshKey()).isTrue();
        assertThat(row.label()).isEqualTo("Lobby camera");
    }

    @Test
    void aDeviceWithoutNameInfoOrKeyIsLabelledByItsKey() {
        DeviceRow row = DeviceRow.of(device(null, null, null, null));

        assertThat(row.label()).isEqualTo("b827eb123456");
        assertThat(row.hostname()).isNull();
        assertThat(row.sshKey()).isFalse();
        assertThat(row.tags()).isEmpty();
    }

    @Test
    void tagsReadAsKeyValueSortedByKeyAndEmptyValuesAsTheKeyAlone() {
        DeviceRow row = DeviceRow.of(device("x", Map.of("site", "berlin", "floor", "3", "outdoor", ""), null, null));

        assertThat(row.tags()).containsExactly("floor=3", "outdoor", "site=berlin");
    }

    @Test
    void rowsAreSerializableForTheViewScopedBean() throws IOException {
        DeviceRow row = DeviceRow.of(device("x", Map.of("site", "berlin"), DeviceInfo.NONE, null));

        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(row);
        }
    }
}
