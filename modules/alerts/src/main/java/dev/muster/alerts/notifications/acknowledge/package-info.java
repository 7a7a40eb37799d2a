/**
 * Acknowledge links: the signed, expiring link in an alert's mail and Slack message (and webhook
 * body) that lands on the console's {@code /alerts/acknowledge.xhtml}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The token is a compact JWS (HS256, Nimbus JOSE+JWT through the platform's
 *       {@code LinkTokens}) under a key derived from the server key for this purpose only: it can
 *       never pass as an API token (RS256) nor as any other link's token. It names the tenant, the
 *       alert and the delivery, and expires ({@code muster.alerts.acknowledge-link.valid-hours}).</li>
 *   <li>It is computed when a delivery is sent, from the delivery's id and creation time, not stored:
 *       the same delivery always gets the same token (a webhook retry sends the same bytes), and a
 *       copy of the database holds no link.</li>
 *   <li>It goes in the URL fragment, which browsers do not send, so it never reaches access logs or
 *       proxies. The link grants nothing: the page acts only for a signed-in member of the alert's
 *       tenant with the OPERATOR role, on a POST, so a mail scanner opening the link changes
 *       nothing.</li>
 * </ul>
 * Out of scope: revoking a single link (acknowledging or resolving the alert makes it harmless).
 */
package dev.muster.alerts.notifications.acknowledge;
