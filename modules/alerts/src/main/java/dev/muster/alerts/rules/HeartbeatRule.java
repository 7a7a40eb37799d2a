package dev.muster.alerts.rules;

import dev.muster.alerts.api.RuleSettings;
import dev.muster.alerts.api.Severity;
import dev.muster.alerts.lifecycle.AlertTypes;
import dev.muster.devices.api.HeartbeatReadings.Reading;

import java.util.Map;

/**
 * The rules on heartbeat values, each judging one reading against effective settings. A condition
 * clears only past a hysteresis band beyond its threshold (battery 5 points above, signal 5 dB
 * above, clock skew 10 % (at least 1 s) below), so a value hovering at the threshold does not open
 * and resolve an alert at every flush. A switched-off rule clears, so switching a rule off resolves
 * its alerts at the devices' next heartbeat. A value the device never reported judges nothing.
 */
public enum HeartbeatRule {

    BATTERY(AlertTypes.BATTERY_LOW, Severity.WARNING) {
        @Override
        Verdict judge(RuleSettings s, Reading r) {
            if (!Boolean.TRUE.equals(s.batteryEnabled())) {
                return Verdict.CLEAR;
            }
            return below(r.batteryPercent(), s.batteryBelowPercent(), BATTERY_HYSTERESIS);
        }

        @Override
        String message(String device, Reading r) {
            return device + " battery is at " + r.batteryPercent() + " %";
        }

        @Override
        Map<String, String> details(RuleSettings s, Reading r) {
            return Map.of("batteryPercent", String.valueOf(r.batteryPercent()), "belowPercent", String.valueOf(s.batteryBelowPercent()));
        }
    },

    SIGNAL(AlertTypes.WEAK_SIGNAL, Severity.WARNING) {
        @Override
        Verdict judge(RuleSettings s, Reading r) {
            if (!Boolean.TRUE.equals(s.signalEnabled())) {
                return Verdict.CLEAR;
            }
            return below(r.rssiDbm(), s.signalBelowDbm(), SIGNAL_HYSTERESIS);
        }

        @Override
        String message(String device, Reading r) {
            return device + " has a weak signal (" + r.rssiDbm() + " dBm)";
        }

        @Override
        Map<String, String> details(RuleSettings s, Reading r) {
            return Map.of("rssiDbm", String.valueOf(r.rssiDbm()), "belowDbm", String.valueOf(s.signalBelowDbm()));
        }
    },

    ACCESS_POINT(AlertTypes.UNEXPECTED_ACCESS_POINT, Severity.MAJOR) {
        @Override
        Verdict judge(RuleSettings s, Reading r) {
            if (!Boolean.TRUE.equals(s.accessPointEnabled()) || s.allowedBssids() == null || s.allowedBssids().isEmpty()) {
                return Verdict.CLEAR;
            }
            String bssid = r.wifiBssid();
            return bssid == null ? Verdict.UNKNOWN : s.allowedBssids().contains(bssid) ? Verdict.CLEAR : Verdict.BAD;
        }

        @Override
        String message(String device, Reading r) {
            return device + " reports from an unexpected Wi-Fi access point " + r.wifiBssid();
        }

        @Override
        Map<String, String> details(RuleSettings s, Reading r) {
            return Map.of("wifiBssid", r.wifiBssid());
        }
    },

    CLOCK_SKEW(AlertTypes.CLOCK_SKEW, Severity.MINOR) {
        @Override
        Verdict judge(RuleSettings s, Reading r) {
            if (!Boolean.TRUE.equals(s.clockSkewEnabled())) {
                return Verdict.CLEAR;
            }
            Long skew = r.clockSkewMillis();
            if (skew == null) {
                return Verdict.UNKNOWN;
            }
            long threshold = s.clockSkewAboveSeconds() * 1000L;
            long clearBelow = threshold - Math.max(1000L, threshold / 10);
            long off = Math.abs(skew);
            return off > threshold ? Verdict.BAD : off <= clearBelow ? Verdict.CLEAR : Verdict.UNKNOWN;
        }

        @Override
        String message(String device, Reading r) {
            return device + " clock is off by " + Math.round(r.clockSkewMillis() / 1000.0) + " s";
        }

        @Override
        Map<String, String> details(RuleSettings s, Reading r) {
            return Map.of("clockSkewMs", String.valueOf(r.clockSkewMillis()), "aboveSeconds", String.valueOf(s.clockSkewAboveSeconds()));
        }
    };

    static final int BATTERY_HYSTERESIS = 5;
    static final int SIGNAL_HYSTERESIS = 5;

    /** BAD raises, CLEAR resolves, UNKNOWN (no value, or inside the hysteresis band) leaves things as they are. */
    enum Verdict { BAD, CLEAR, UNKNOWN }

    private final String type;
    private final Severity severity;

    HeartbeatRule(String type, Severity severity) {
        this.type = type;
        this.severity = severity;
    }

    public String type() {
        return type;
    }

    public Severity severity() {
        return severity;
    }

    abstract Verdict judge(RuleSettings settings, Reading reading);

    abstract String message(String device, Reading reading);

    abstract Map<String, String> details(RuleSettings settings, Reading reading);

    /** BAD below the threshold, CLEAR only from threshold + hysteresis up (no flapping in between), UNKNOWN unreported. */
    private static Verdict below(Integer value, int threshold, int hysteresis) {
        return value == null ? Verdict.UNKNOWN : value < threshold ? Verdict.BAD
                : value >= threshold + hysteresis ? Verdict.CLEAR : Verdict.UNKNOWN;
    }
}
