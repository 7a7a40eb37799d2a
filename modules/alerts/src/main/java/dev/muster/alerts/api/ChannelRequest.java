package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A channel to create, or the new state of one ({@code PUT}). On a replace the kind must stay the
 * same and a missing {@code url} keeps the current one (a Slack URL is never shown back, so a client
 * could not resend it).
 *
 * @param escalation true: hears only reminders and escalations of alerts left unacknowledged (the
 *                   second set of channels); absent: false
 * @param recipients EMAIL: 1 to 20 addresses
 * @param url        SLACK: the incoming webhook URL (a secret); WEBHOOK: the URL to POST to
 * @param severities empty or absent: all
 * @param types      alert type codes; empty or absent: all
 * @param groups     device groups; empty or absent: all, including tenant-wide alerts
 * @param changes    OPENED, REPEATED, REOPENED, ACKNOWLEDGED, RESOLVED; absent: OPENED, REOPENED, RESOLVED
 */
public record ChannelRequest(@Schema(example = "On-call team") String name,
                             @Schema(example = "WEBHOOK") String kind,
                             Boolean enabled,
                             Boolean escalation,
                             @Schema(example = "[\"oncall@example.com\"]") List<String> recipients,
                             @Schema(example = "https://ops.example.com/hooks/muster") String url,
                             @Schema(example = "[\"CRITICAL\", \"MAJOR\"]") List<String> severities,
                             @Schema(example = "[\"DEVICE_OFFLINE\"]") List<String> types,
                             @Schema(example = "[\"site-berlin\"]") List<String> groups,
                             List<String> changes) {

    /** The changes a channel hears when its request names none: a new, reopened or resolved alert. */
    public static final List<AlertNotice.Change> DEFAULT_CHANGES = List.of(AlertNotice.Change.OPENED, AlertNotice.Change.REOPENED,
            AlertNotice.Change.RESOLVED);
}
