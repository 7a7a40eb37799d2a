package dev.muster.alerts.api;

/** What raised an alert: a presence transition, a rule on heartbeat values, the device itself, or an operator. */
public enum AlertSource {
    PRESENCE, RULE, DEVICE, MANUAL
}
