/**
 * What other modules, and the features of this module, may know about alerts: the notice of an
 * alert's change, the severities, the acknowledge link ({@code AcknowledgeLinks}: reading its token)
 * and acknowledgement for the page it lands on, the tenant's alerts ({@code Alerts}) and rule settings
 * ({@code AlertRules}), the notification channels ({@code NotificationChannels}) and the delivery log
 * ({@code NotificationDeliveries}), with their records, for the console.
 */
package dev.muster.alerts.api;
