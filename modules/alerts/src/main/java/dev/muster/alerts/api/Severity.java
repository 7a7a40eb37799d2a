package dev.muster.alerts.api;

/** How bad an alert is, from the worst down; channels subscribe to severities. */
public enum Severity {
    CRITICAL, MAJOR, MINOR, WARNING, INFO
}
