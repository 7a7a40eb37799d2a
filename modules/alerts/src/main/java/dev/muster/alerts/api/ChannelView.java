package dev.muster.alerts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A channel as its admins see it. Secrets are never in it: a Slack webhook's {@code target} is a
 * hint ({@code https://hooks.slack.com/…/…wxyz}), a webhook's signing key only its first characters.
 *
 * @param escalation whether it hears only reminders and escalations of unacknowledged alerts
 * @param target     the webhook URL; for Slack only a hint; null for email
 * @param secretHint the first characters of a webhook's signing key, to tell keys apart
 */
@Schema(name = "NotificationChannel")
public record ChannelView(UUID id, @Schema(example = "On-call team") String name, ChannelKind kind, boolean enabled,
                          boolean escalation,
                          List<String> recipients, String target, @Schema(example = "whsec_3fQa…") String secretHint,
                          List<Severity> severities, List<String> types, List<String> groups,
                          List<AlertNotice.Change> changes, String createdBy, Instant createdAt, Instant updatedAt,
                          long version) {
}
