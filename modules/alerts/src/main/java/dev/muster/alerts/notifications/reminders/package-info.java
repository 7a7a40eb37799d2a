/**
 * Reminders and escalation: an alert of a reminded severity ({@code muster.notifications.reminder.severities},
 * CRITICAL) that nobody acknowledges is notified again every {@code muster.notifications.reminder.minutes}
 * (30) to the channels that heard of it, and once, after {@code muster.notifications.escalation.minutes}
 * (60), to the tenant's escalation channels, which from then on hear the reminders too. Acknowledging or
 * resolving the alert stops it all.
 *
 * <p>Decisions: the state is this module's own table, kept from the alert notices alone (opened or
 * reopened: start; acknowledged or resolved: stop), so it needs nothing from the alert lifecycle.
 * A timer ({@code NotificationJobs}, {@code @Schedule}, not persistent) sends what is due in batches;
 * the row's version keeps two nodes from sending the same reminder. {@link ReminderSchedule} holds the
 * timing rules, testable without a container.
 */
package dev.muster.alerts.notifications.reminders;
