package dev.muster.alerts.api;

/** Where a channel sends: a list of email addresses, a Slack incoming webhook, a generic webhook. */
public enum ChannelKind {
    EMAIL, SLACK, WEBHOOK
}
