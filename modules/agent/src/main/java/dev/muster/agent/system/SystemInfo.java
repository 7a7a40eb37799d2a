package dev.muster.agent.system;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the device says about itself in enrollment and heartbeats. Every field may be {@code null}
 * when it could not be found; {@link #toMap()} leaves those out.
 */
public record SystemInfo(String hostname, String os, String osVersion, String architecture, String agentVersion,
                         String lanIp, String mac, Long uptimeSeconds) {

    /** The agent's version from the jar manifest, or {@code "dev"} when run from classes. */
    public static String runningVersion() {
        String version = SystemInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Collects from the real file system; {@code towards} is the server, to find the outgoing address. */
    public static SystemInfo collect(InetSocketAddress towards) {
        return collect(Path.of("/"), towards);
    }

    /** Collects with files read under {@code root} (for tests) and interfaces from the JDK. */
    public static SystemInfo collect(Path root, InetSocketAddress towards) {
        Map<String, String> release = osRelease(root);
        String os = release.getOrDefault("PRETTY_NAME", release.getOrDefault("NAME", System.getProperty("os.name")));
        String osVersion = release.getOrDefault("VERSION_ID", System.getProperty("os.version"));
        Optional<InetAddress> lan = lanAddress(towards);
        return new SystemInfo(hostname(root), os, osVersion, System.getProperty("os.arch"), runningVersion(),
                lan.map(InetAddress::getHostAddress).orElse(null), lan.flatMap(SystemInfo::macOf).orElse(null),
                uptimeSeconds(root).orElse(null));
    }

    /** The non-null fields under the API's names. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "hostname", hostname);
        put(map, "os", os);
        put(map, "osVersion", osVersion);
        put(map, "architecture", architecture);
        put(map, "agentVersion", agentVersion);
        put(map, "lanIp", lanIp);
        put(map, "mac", mac);
        return map;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * Numeric readings for the heartbeat's {@code metrics}: {@code cpu} (system load, percent),
     * {@code memory} (used, percent, from /proc/meminfo), {@code disk} (used on the root file system,
     * percent), {@code temperature} (first thermal zone, °C). Missing readings are left out.
     */
    public static Map<String, Object> metrics(Path root) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            double cpu = os.getCpuLoad();
            if (cpu >= 0) {
                metrics.put("cpu", round(cpu * 100));
            }
        }
        memoryUsedPercent(root).ifPresent(memory -> metrics.put("memory", round(memory)));
        try {
            java.nio.file.FileStore store = Files.getFileStore(root);
            long total = store.getTotalSpace();
            if (total > 0) {
                metrics.put("disk", round(100.0 * (total - store.getUnallocatedSpace()) / total));
            }
        } catch (IOException | RuntimeException e) {
            // No disk reading.
        }
        firstLine(root.resolve("sys/class/thermal/thermal_zone0/temp")).ifPresent(milli -> {
            try {
                metrics.put("temperature", round(Long.parseLong(milli) / 1000.0));
            } catch (NumberFormatException e) {
                // No temperature reading.
            }
        });
        return metrics;
    }

    static Optional<Double> memoryUsedPercent(Path root) {
        try {
            long total = -1;
            long available = -1;
            for (String line : Files.readAllLines(root.resolve("proc/meminfo"), StandardCharsets.US_ASCII)) {
                String[] parts = line.split("\\s+");
                if (parts[0].equals("MemTotal:")) {
                    total = Long.parseLong(parts[1]);
                } else if (parts[0].equals("MemAvailable:")) {
                    available = Long.parseLong(parts[1]);
                }
            }
            return total > 0 && available >= 0 ? Optional.of(100.0 * (total - available) / total) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String hostname(Path root) {
        Optional<String> kernel = firstLine(root.resolve("proc/sys/kernel/hostname"))
                .or(() -> firstLine(root.resolve("etc/hostname")));
        if (kernel.isPresent()) {
            return kernel.get();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses {@code etc/os-release} (or {@code usr/lib/os-release}): KEY=value, optionally quoted. */
    static Map<String, String> osRelease(Path root) {
        Map<String, String> values = new HashMap<>();
        for (Path file : List.of(root.resolve("etc/os-release"), root.resolve("usr/lib/os-release"))) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int equals = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || equals <= 0) {
                        continue;
                    }
                    values.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
                }
                return values;
            } catch (IOException | RuntimeException e) {
                values.clear();
            }
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            String inner = value.substring(1, value.length() - 1);
            if (value.charAt(0) == '\'') {
                return inner;
            }
            StringBuilder out = new StringBuilder(inner.length());
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    c = inner.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }
        return value;
    }

    static Optional<Long> uptimeSeconds(Path root) {
        return firstLine(root.resolve("proc/uptime")).flatMap(line -> {
            try {
                return Optional.of((long) Double.parseDouble(line.split("\\s+")[0]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The local IPv4 address used to reach {@code towards}, else that of the first suitable interface. */
    static Optional<InetAddress> lanAddress(InetSocketAddress towards) {
        if (towards != null && !towards.isUnresolved()) {
            try (DatagramSocket probe = new DatagramSocket()) {
                probe.connect(towards);
                InetAddress local = probe.getLocalAddress();
                if (local instanceof Inet4Address && !local.isAnyLocalAddress() && !local.isLoopbackAddress()) {
                    return Optional.of(local);
                }
            } catch (IOException | RuntimeException e) {
                // No route to the server: fall back to the interfaces.
            }
        }
        return interfaceAddress();
    }

    private static Optional<InetAddress> interfaceAddress() {
        try {
            List<NetworkInterface> candidates = new ArrayList<>();
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual() && !nic.isPointToPoint()) {
                    candidates.add(nic);
                }
            }
            candidates.sort(Comparator.comparingInt(NetworkInterface::getIndex));
            InetAddress fallback = null;
            for (NetworkInterface nic : candidates) {
                for (InetAddress address : nic.inetAddresses().toList()) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress() && !address.isLoopbackAddress()) {
                        if (address.isSiteLocalAddress()) {
                            return Optional.of(address);
                        }
                        if (fallback == null) {
                            fallback = address;
                        }
                    }
                }
            }
            return Optional.ofNullable(fallback);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** The MAC of the interface holding {@code address}, as {@code aa:bb:cc:dd:ee:ff}. */
    static Optional<String> macOf(InetAddress address) {
        try {
            NetworkInterface nic = NetworkInterface.getByInetAddress(address);
            return nic == null ? Optional.empty() : formatMac(nic.getHardwareAddress());
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** The first non-loopback interface's MAC, for a device key when there is no machine id. */
    public static Optional<String> primaryMac() {
        return interfaceAddress().flatMap(SystemInfo::macOf).or(() -> {
            try {
                return NetworkInterface.networkInterfaces()
                        .filter(nic -> {
                            try {
                                return !nic.isLoopback();
                            } catch (SocketException e) {
                                return false;
                            }
                        })
                        .sorted(Comparator.comparingInt(NetworkInterface::getIndex))
                        .map(nic -> {
                            try {
                                return formatMac(nic.getHardwareAddress());
                            } catch (SocketException e) {
                                return Optional.<String>empty();
                            }
                        })
                        .flatMap(Optional::stream)
                        .findFirst();
            } catch (SocketException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> formatMac(byte[] hardware) {
        if (hardware == null || hardware.length != 6) {
            return Optional.empty();
        }
        boolean allZero = true;
        StringBuilder out = new StringBuilder(17);
        for (int i = 0; i < hardware.length; i++) {
            if (i > 0) {
                out.append(':');
            }
            out.append(String.format("%02x", hardware[i] & 0xff));
            allZero &= hardware[i] == 0;
        }
        return allZero ? Optional.empty() : Optional.of(out.toString());
    }

    private static Optional<String> firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty() : Optional.of(lines.get(0).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
