package dev.muster.agent.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemInfoTest {

    @Test
    void collectsSaneFactsOnThisLinuxMachine() {
        SystemInfo info = SystemInfo.collect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080));

        assertThat(info.hostname()).isNotBlank().doesNotContain("\n");
        assertThat(info.os()).isNotBlank();
        assertThat(info.osVersion()).isNotBlank();
        assertThat(info.architecture()).isEqualTo(System.getProperty("os.arch"));
        assertThat(info.agentVersion()).isNotBlank();
        assertThat(info.uptimeSeconds()).isPositive();
        if (info.lanIp() != null) {
            assertThat(info.lanIp()).matches("\\d{1,3}(\\.\\d{1,3}){3}").isNotEqualTo("127.0.0.1");
        }
        if (info.mac() != null) {
            assertThat(info.mac()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        }
        assertThat(info.toMap()).containsKeys("hostname", "os", "osVersion", "architecture", "agentVersion")
                .doesNotContainValue(null);
    }

    @Test
    void readsThePrettyNameAndVersionFromOsRelease(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("proc/sys/kernel"));
        Files.writeString(root.resolve("etc/os-release"), """
                # comment
                NAME="Debian GNU/Linux"
                PRETTY_NAME="Debian GNU/Linux 12 (bookworm) \\"quoted\\""
                VERSION_ID='12'
                ID=debian
                """);
        Files.writeString(root.resolve("proc/uptime"), "12345.67 54321.00\n");
        Files.writeString(root.resolve("proc/sys/kernel/hostname"), "edge-7\n");

        SystemInfo info = SystemInfo.collect(root, null);

        assertThat(info.os()).isEqualTo("Debian GNU/Linux 12 (bookworm) \"quoted\"");
        assertThat(info.osVersion()).isEqualTo("12");
        assertThat(info.uptimeSeconds()).isEqualTo(12345L);
        assertThat(info.hostname()).isEqualTo("edge-7");
    }

    @Test
    void fallsBackToTheJavaPropertiesWithoutOsRelease(@TempDir Path root) {
        SystemInfo info = SystemInfo.collect(root, null);

        assertThat(info.os()).isEqualTo(System.getProperty("os.name"));
        assertThat(info.osVersion()).isEqualTo(System.getProperty("os.version"));
        assertThat(info.uptimeSeconds()).isNull();
    }

    @Test
    void metricsArePercentagesWhereAvailable() {
        Map<String, Object> metrics = SystemInfo.metrics(Path.of("/"));

        assertThat(metrics).containsKeys("memory", "disk");
        assertThat(((Number) metrics.get("memory")).doubleValue()).isBetween(0.0, 100.0);
        assertThat(((Number) metrics.get("disk")).doubleValue()).isBetween(0.0, 100.0);
        assertThat(metrics.size()).isLessThanOrEqualTo(20);
    }

    @Test
    void formatsMacsAndIgnoresMissingOnes() {
        assertThat(SystemInfo.formatMac(new byte[]{0x02, 0x42, (byte) 0xac, 0x11, 0x00, 0x02})).contains("02:42:ac:11:00:02");
        assertThat(SystemInfo.formatMac(new byte[6])).isEmpty();
        assertThat(SystemInfo.formatMac(null)).isEmpty();
    }
}
