/**
 * Enrollment: the {@code enroll} command ({@link dev.muster.agent.enroll.EnrollCommand}), the
 * retrying exchange with the server ({@link dev.muster.agent.enroll.Enrollment}, also used by the
 * simulator) and the choice of a device key ({@link dev.muster.agent.enroll.DeviceKeys}).
 *
 * <p>Decisions: network errors, 5xx and 429 are retried with the same device key, which is safe
 * because the server answers a repeated enrollment of the same key within 15 minutes with fresh
 * credentials instead of spending another use of the code. Every other refusal ends the command at
 * once with a sentence saying what to do, keyed on the problem's stable {@code code}. The default
 * device key comes from {@code /etc/machine-id}, but hashed with a fixed application key (HMAC-SHA256)
 * as machine-id(5) asks, because the raw id is meant to stay on the machine; then from the primary
 * MAC; then a random key that is saved in the state file <em>before</em> the first attempt, so a
 * retry after a lost answer uses the same key. The secret and tokens are never printed.
 */
package dev.muster.agent.enroll;
