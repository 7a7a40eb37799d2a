/**
 * The notification pages, for a tenant's ADMINs as in the API: the channels
 * ({@code /notifications/channels.xhtml}: list, one form to create or edit a channel with its
 * subscription, switch on or off, send a test, rotate a webhook's signing key, delete) and the
 * delivery log ({@code /notifications/deliveries.xhtml}: filters by status and channel in the URL,
 * server-side paging, the attempts of a delivery, retry of dead letters one by one or as a
 * selection).
 *
 * <p>Secrets: a webhook's signing key made by a creation or a rotation goes through the flash to
 * the page the redirect shows, once, like a new API key; a Slack URL is never shown back, so
 * editing a Slack channel starts with an empty URL that keeps the current one. Everything goes
 * through the alerts module's API ({@code NotificationChannels}, {@code NotificationDeliveries}),
 * which audits every change; each action is followed by a redirect.
 */
package dev.muster.console.view.notifications;
