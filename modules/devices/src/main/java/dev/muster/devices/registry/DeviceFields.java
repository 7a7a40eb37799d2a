package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.platform.errors.FieldChecks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The registry's field checks: device keys, reported info (IP addresses are literal only, never
 * resolved; MAC addresses are normalized to lower case with colons) and the normalized forms that
 * make names unique regardless of case.
 */
public final class DeviceFields extends FieldChecks {

    private static final Pattern KEY = Pattern.compile(DeviceLimits.KEY_PATTERN);
    private static final Pattern MAC = Pattern.compile(DeviceLimits.MAC_PATTERN);
    private static final Pattern IPV4 = Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    /** The lower-case, compatibility-normalized form two names must not share in one tenant. */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** What lists sort by: the name, or the key of a device without one. */
    static String sortKey(String name, String key) {
        String label = name != null ? nameKey(name) : key.toLowerCase(Locale.ROOT);
        return label.length() > DeviceLimits.KEY ? label.substring(0, DeviceLimits.KEY) : label;
    }

    /** A device key, or null when {@code value} is null. */
    String key(String field, String value) {
        return matching(field, value, DeviceLimits.KEY, KEY,
                "must be 1 to " + DeviceLimits.KEY + " letters, digits or . _ : @ - and start with a letter or digit");
    }

    /** Reported info: every field checked, IP addresses literal only (nothing is ever resolved). */
    public DeviceInfo info(String field, DeviceInfo info) {
        if (info == null) {
            return DeviceInfo.NONE;
        }
        String prefix = field.isEmpty() ? "" : field + ".";
        DeviceInfo clean = new DeviceInfo(
                line(prefix + "hostname", info.hostname(), DeviceLimits.HOSTNAME),
                line(prefix + "os", info.os(), DeviceLimits.OS),
                line(prefix + "osVersion", info.osVersion(), DeviceLimits.OS),
                line(prefix + "architecture", info.architecture(), DeviceLimits.ARCHITECTURE),
                line(prefix + "agentVersion", info.agentVersion(), DeviceLimits.AGENT_VERSION),
                mac(prefix + "mac", info.mac()),
                ip(prefix + "lanIp", info.lanIp()),
                ip(prefix + "publicIp", info.publicIp()),
                line(prefix + "hardwareId", info.hardwareId(), DeviceLimits.HARDWARE_ID));
        return clean;
    }

    public String mac(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String mac = value.strip();
        if (!MAC.matcher(mac).matches()) {
            fail(field, "must be a MAC address like b8:27:eb:12:34:56");
            return null;
        }
        return mac.toLowerCase(Locale.ROOT).replace('-', ':');
    }

    public String ip(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String ip = value.strip();
        if (IPV4.matcher(ip).matches()) {
            return ip;
        }
        if (ip.indexOf(':') >= 0 && IPV6_CHARS.matcher(ip).matches()) {
            try {
                // a literal containing ':' is parsed, never looked up in DNS
                return InetAddress.getByName(ip).getHostAddress();
            } catch (UnknownHostException e) {
                // falls through to the refusal
            }
        }
        fail(field, "must be an IPv4 or IPv6 address");
        return null;
    }
}
