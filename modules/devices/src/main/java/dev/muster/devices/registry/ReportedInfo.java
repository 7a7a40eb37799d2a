package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** What a device last reported about itself. A report changes only the fields it carries. */
@Embeddable
public class ReportedInfo {

    @Column(name = "hostname", length = DeviceLimits.HOSTNAME)
    private String hostname;

    @Column(name = "os", length = DeviceLimits.OS)
    private String os;

    @Column(name = "os_version", length = DeviceLimits.OS)
    private String osVersion;

    @Column(name = "architecture", length = DeviceLimits.ARCHITECTURE)
    private String architecture;

    @Column(name = "agent_version", length = DeviceLimits.AGENT_VERSION)
    private String agentVersion;

    @Column(name = "mac", length = DeviceLimits.MAC)
    private String mac;

    @Column(name = "lan_ip", length = DeviceLimits.IP)
    private String lanIp;

    @Column(name = "public_ip", length = DeviceLimits.IP)
    private String publicIp;

    @Column(name = "hardware_id", length = DeviceLimits.HARDWARE_ID)
    private String hardwareId;

    @Column(name = "info_updated_at")
    private Instant updatedAt;

    protected ReportedInfo() {
    }

    /** {@code current} with every field {@code reported} carries; {@code reported} is already validated. */
    static ReportedInfo merge(ReportedInfo current, DeviceInfo reported, Instant now) {
        ReportedInfo base = current == null ? new ReportedInfo() : current;
        ReportedInfo next = new ReportedInfo();
        next.hostname = pick(reported.hostname(), base.hostname);
        next.os = pick(reported.os(), base.os);
        next.osVersion = pick(reported.osVersion(), base.osVersion);
        next.architecture = pick(reported.architecture(), base.architecture);
        next.agentVersion = pick(reported.agentVersion(), base.agentVersion);
        next.mac = pick(reported.mac(), base.mac);
        next.lanIp = pick(reported.lanIp(), base.lanIp);
        next.publicIp = pick(reported.publicIp(), base.publicIp);
        next.hardwareId = pick(reported.hardwareId(), base.hardwareId);
        next.updatedAt = now;
        return next;
    }

    private static String pick(String reported, String current) {
        return reported != null ? reported : current;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    DeviceInfo view() {
        return new DeviceInfo(hostname, os, osVersion, architecture, agentVersion, mac, lanIp, publicIp, hardwareId);
    }
}
