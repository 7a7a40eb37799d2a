package dev.muster.alerts.api;

/** What one timeline entry of an alert records. */
public enum EntryKind {
    OPENED, REPEATED, REOPENED, ACKNOWLEDGED, RESOLVED, ASSIGNED, NOTE
}
