package dev.muster.console.view.alerts;

import dev.muster.alerts.api.AlertRules;
import dev.muster.alerts.api.GroupRuleSettings;
import dev.muster.alerts.api.RuleSettings;
import dev.muster.console.faces.Feedback;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /alerts/rules.xhtml}: the heartbeat rules of the tenant (ADMINs change them, members read
 * them) and the overrides of device groups. A group override's switch is "inherit", "on" or "off"
 * and a blank threshold inherits the tenant's. Saves redirect back (post-redirect-get).
 */
@Named
@ViewScoped
public class AlertRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TENANT_FORM = "tenantRulesForm";
    static final String GROUP_FORM = "groupRulesForm";
    private static final Map<String, String> INPUTS = Map.of("batteryBelowPercent", "batteryBelow", "signalBelowDbm", "signalBelow",
            "allowedBssids", "bssids", "clockSkewAboveSeconds", "skewAbove", "group", "group");

    @Inject
    AlertRules rules;

    private transient GroupRuleSettings current;
    /** The tenant's settings being edited. */
    private Form tenant;
    /** A group override being written. */
    private String group;
    private Form override;

    @PostConstruct
    void init() {
        current = rules.get();
        tenant = Form.of(current.tenant());
        override = new Form();
    }

    public void saveTenant() {
        try {
            rules.putTenant(tenant.settings(false));
        } catch (MusterException refused) {
            Feedback.refused(refused, TENANT_FORM, INPUTS);
            return;
        }
        Feedback.flashInfo("alertRules.saved");
        Feedback.redirectToSelf();
    }

    public void saveGroup() {
        try {
            rules.putGroup(group, override.settings(true));
        } catch (MusterException refused) {
            Feedback.refused(refused, GROUP_FORM, INPUTS);
            return;
        }
        Feedback.flashInfo("alertRules.groupSaved", group);
        Feedback.redirectToSelf();
    }

    public void removeGroup(String name) {
        Feedback.rowAction(() -> rules.deleteGroup(name), "alertRules.groupRemoved", name);
    }

    /** "on", "off" or, for an override, "inherited". */
    public String describe(Boolean value) {
        return Feedback.text(value == null ? "alertRules.inherited" : value ? "alertRules.on" : "alertRules.off");
    }

    public List<GroupRuleSettings.GroupOverride> getGroups() {
        return current.groups();
    }

    public Form getTenant() { return tenant; }
    public Form getOverride() { return override; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }

    /**
     * The inputs of one set of settings. Switches are {@code "on"}, {@code "off"} or empty
     * (inherit, in an override); allowed access points are one per line or comma-separated.
     */
    public static class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String battery = "";
        private Integer batteryBelow;
        private String signal = "";
        private Integer signalBelow;
        private String accessPoint = "";
        private String bssids;
        private String skew = "";
        private Integer skewAbove;

        static Form of(RuleSettings s) {
            Form form = new Form();
            form.battery = onOff(s.batteryEnabled());
            form.batteryBelow = s.batteryBelowPercent();
            form.signal = onOff(s.signalEnabled());
            form.signalBelow = s.signalBelowDbm();
            form.accessPoint = onOff(s.accessPointEnabled());
            form.bssids = s.allowedBssids() == null ? null : String.join("\n", s.allowedBssids());
            form.skew = onOff(s.clockSkewEnabled());
            form.skewAbove = s.clockSkewAboveSeconds();
            return form;
        }

        RuleSettings settings(boolean override) {
            List<String> list = bssids == null || bssids.isBlank() ? (override ? null : List.of())
                    : Arrays.stream(bssids.split("[,\\s]+")).filter(b -> !b.isBlank()).toList();
            return new RuleSettings(flag(battery), batteryBelow, flag(signal), signalBelow, flag(accessPoint), list, flag(skew),
                    skewAbove);
        }

        private static String onOff(Boolean value) {
            return value == null ? "" : value ? "on" : "off";
        }

        private static Boolean flag(String value) {
            return "on".equals(value) ? Boolean.TRUE : "off".equals(value) ? Boolean.FALSE : null;
        }

        public String getBattery() { return battery; }
        public void setBattery(String battery) { this.battery = battery; }
        public Integer getBatteryBelow() { return batteryBelow; }
        public void setBatteryBelow(Integer batteryBelow) { this.batteryBelow = batteryBelow; }
        public String getSignal() { return signal; }
        public void setSignal(String signal) { this.signal = signal; }
        public Integer getSignalBelow() { return signalBelow; }
        public void setSignalBelow(Integer signalBelow) { this.signalBelow = signalBelow; }
        public String getAccessPoint() { return accessPoint; }
        public void setAccessPoint(String accessPoint) { this.accessPoint = accessPoint; }
        public String getBssids() { return bssids; }
        public void setBssids(String bssids) { this.bssids = bssids; }
        public String getSkew() { return skew; }
        public void setSkew(String skew) { this.skew = skew; }
        public Integer getSkewAbove() { return skewAbove; }
        public void setSkewAbove(Integer skewAbove) { this.skewAbove = skewAbove; }
    }
}
