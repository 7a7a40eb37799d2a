package dev.muster.alerts.rules;

import dev.muster.alerts.api.RuleSettings;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The stored rule settings of a tenant ({@code groupKey} empty) or of one device group of it
 * ({@code groupKey} the group's name in lower case, as groups compare in filters). Unique per tenant
 * and key. A tenant without a row has {@link RuleSettings#DEFAULTS}; a group without one inherits
 * the tenant's.
 */
@Entity
@Table(name = "alert_rule_settings")
public class AlertRuleSettings extends TenantOwned {

    static final String TENANT_KEY = "";
    static final int GROUP = 100;

    @Id
    private UUID id;

    @Column(name = "group_key", nullable = false, updatable = false, length = GROUP)
    private String groupKey;

    @Column(name = "group_name", length = GROUP)
    private String groupName;

    @Column(name = "battery_enabled")
    private Boolean batteryEnabled;

    @Column(name = "battery_below_percent")
    private Integer batteryBelowPercent;

    @Column(name = "signal_enabled")
    private Boolean signalEnabled;

    @Column(name = "signal_below_dbm")
    private Integer signalBelowDbm;

    @Column(name = "access_point_enabled")
    private Boolean accessPointEnabled;

    /** Comma-separated lower-case BSSIDs; null means inherited (a group), empty means none allowed. */
    @Column(name = "allowed_bssids", length = 2000)
    private String allowedBssids;

    @Column(name = "clock_skew_enabled")
    private Boolean clockSkewEnabled;

    @Column(name = "clock_skew_above_s")
    private Integer clockSkewAboveSeconds;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AlertRuleSettings() {
    }

    AlertRuleSettings(UUID tenant, String groupName) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.groupName = groupName;
        this.groupKey = key(groupName);
    }

    static String key(String groupName) {
        return groupName == null ? TENANT_KEY : groupName.toLowerCase(Locale.ROOT);
    }

    void set(RuleSettings settings) {
        batteryEnabled = settings.batteryEnabled();
        batteryBelowPercent = settings.batteryBelowPercent();
        signalEnabled = settings.signalEnabled();
        signalBelowDbm = settings.signalBelowDbm();
        accessPointEnabled = settings.accessPointEnabled();
        allowedBssids = settings.allowedBssids() == null ? null : String.join(",", settings.allowedBssids());
        clockSkewEnabled = settings.clockSkewEnabled();
        clockSkewAboveSeconds = settings.clockSkewAboveSeconds();
    }

    RuleSettings settings() {
        List<String> bssids = allowedBssids == null ? null
                : allowedBssids.isEmpty() ? List.of() : Arrays.asList(allowedBssids.split(","));
        return new RuleSettings(batteryEnabled, batteryBelowPercent, signalEnabled, signalBelowDbm, accessPointEnabled, bssids,
                clockSkewEnabled, clockSkewAboveSeconds);
    }

    String groupKey() { return groupKey; }
    String groupName() { return groupName; }
    boolean forTenant() { return TENANT_KEY.equals(groupKey); }
}
