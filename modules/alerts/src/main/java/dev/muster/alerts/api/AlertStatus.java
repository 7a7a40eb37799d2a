package dev.muster.alerts.api;

/** Where an alert is in its lifecycle: OPEN → ACKNOWLEDGED → RESOLVED, and back to OPEN by a new occurrence or a reopen. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
