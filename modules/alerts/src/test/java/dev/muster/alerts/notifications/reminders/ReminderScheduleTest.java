package dev.muster.alerts.notifications.reminders;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.muster.alerts.notifications.reminders.ReminderSchedule.Action.ESCALATE;
import static dev.muster.alerts.notifications.reminders.ReminderSchedule.Action.REMIND;
import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

    private static final Instant OPENED = Instant.parse("2026-11-24T04:00:00Z");
    private final ReminderSchedule every30EscalateAt60 = new ReminderSchedule(Duration.ofMinutes(30), Duration.ofMinutes(60));

    private static Instant at(int minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void anAlertIsRemindedEvery30MinutesAndEscalatedOnceAfter60() {
        assertThat(every30EscalateAt60.first(OPENED)).isEqualTo(at(30));
        assertThat(every30EscalateAt60.action(OPENED, false, at(30))).isEqualTo(REMIND);
        assertThat(every30EscalateAt60.next(OPENED, false, at(30))).isEqualTo(at(60));
        assertThat(every30EscalateAt60.action(OPENED, false, at(60))).isEqualTo(ESCALATE);
        assertThat(every30EscalateAt60.next(OPENED, true, at(60))).isEqualTo(at(90));
        assertThat(every30EscalateAt60.action(OPENED, true, at(90))).isEqualTo(REMIND);
        assertThat(every30EscalateAt60.next(OPENED, true, at(90))).isEqualTo(at(120));
    }

    @Test
    void anEscalationEarlierThanTheFirstReminderComesFirst() {
        ReminderSchedule quickEscalation = new ReminderSchedule(Duration.ofMinutes(30), Duration.ofMinutes(10));
        assertThat(quickEscalation.first(OPENED)).isEqualTo(at(10));
        assertThat(quickEscalation.action(OPENED, false, at(10))).isEqualTo(ESCALATE);
        assertThat(quickEscalation.next(OPENED, true, at(10))).isEqualTo(at(40));
    }

    @Test
    void aLateSweepStillEscalatesAndThenRemindsFromNow() {
        assertThat(every30EscalateAt60.action(OPENED, false, at(75))).isEqualTo(ESCALATE);
        assertThat(every30EscalateAt60.next(OPENED, true, at(75))).isEqualTo(at(105));
    }
}
