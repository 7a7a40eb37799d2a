/**
 * The mail outbox every feature reuses (invitations now, alert notifications later):
 * {@link dev.muster.platform.mail.Outbox#send} queues in the caller's transaction,
 * {@link dev.muster.platform.mail.MailDeliveryConsumer} delivers with retries and a dead-letter
 * queue, {@link dev.muster.platform.mail.Mailer} speaks SMTP or, unconfigured, writes to the log.
 */
package dev.muster.platform.mail;
