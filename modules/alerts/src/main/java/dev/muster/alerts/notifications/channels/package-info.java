/**
 * Notification channels of a tenant: an email list, a Slack incoming webhook or a generic webhook,
 * each with a {@link dev.muster.alerts.notifications.channels.Subscription} (severities, alert
 * types, device groups, alert changes). ADMINs manage them; every change is audited.
 *
 * <p>Secrets: a Slack webhook URL is a credential (whoever has it can post), a webhook's HMAC key
 * signs what Muster sends. Both are stored sealed ({@code SealedSecrets}, AES-GCM under a key
 * derived from the server key) because Muster must use them again; neither is ever shown back in
 * full nor logged. The HMAC key is shown once, when it is made (creation, rotation).
 *
 * <p>Targets: only {@code https} URLs to public addresses, unless
 * {@code muster.notifications.allow-insecure-targets} is set (tests, closed labs), because a
 * webhook to {@code http://169.254.169.254/} or a loopback port would let a tenant admin probe the
 * server's own network. The address is checked again at delivery, after DNS resolution.
 */
package dev.muster.alerts.notifications.channels;
