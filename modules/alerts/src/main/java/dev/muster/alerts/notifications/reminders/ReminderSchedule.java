package dev.muster.alerts.notifications.reminders;

import java.time.Duration;
import java.time.Instant;

/**
 * When an unacknowledged alert is reminded of and escalated.
 *
 * @param every         between reminders
 * @param escalateAfter from the alert's opening to its escalation
 */
public record ReminderSchedule(Duration every, Duration escalateAfter) {

    /** What a due reminder does now. */
    public enum Action { REMIND, ESCALATE }

    /** The first time anything is due for an alert opened at {@code openedAt}. */
    public Instant first(Instant openedAt) {
        return earliest(openedAt.plus(every), openedAt.plus(escalateAfter));
    }

    /** What to do when the reminder is due at {@code now}: escalate once its time has come, else remind. */
    public Action action(Instant openedAt, boolean escalated, Instant now) {
        return !escalated && !now.isBefore(openedAt.plus(escalateAfter)) ? Action.ESCALATE : Action.REMIND;
    }

    /** The next time something is due, after acting at {@code now}. */
    public Instant next(Instant openedAt, boolean escalated, Instant now) {
        Instant reminder = now.plus(every);
        return escalated ? reminder : earliest(reminder, openedAt.plus(escalateAfter));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
