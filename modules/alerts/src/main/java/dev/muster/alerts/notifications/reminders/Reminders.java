package dev.muster.alerts.notifications.reminders;

import dev.muster.alerts.api.AlertNotice;
import dev.muster.alerts.api.Severity;
import dev.muster.alerts.notifications.channels.NotificationChannel;
import dev.muster.alerts.notifications.delivery.Notification;
import dev.muster.alerts.notifications.delivery.NotificationQueue;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps the reminders of unacknowledged alerts from their notices, and sends those that are due. */
@ApplicationScoped
public class Reminders {

    /** Reminders sent per transaction. */
    public static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationQueue queue;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "muster.notifications.reminder.minutes", defaultValue = "30")
    long reminderMinutes;

    @Inject
    @ConfigProperty(name = "muster.notifications.escalation.minutes", defaultValue = "60")
    long escalationMinutes;

    @Inject
    @ConfigProperty(name = "muster.notifications.reminder.severities", defaultValue = "CRITICAL")
    List<String> remindedSeverities;

    /** Starts, restarts or ends the reminders of the notice's alert, in the alert's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void track(AlertNotice notice) {
        switch (notice.change()) {
            case OPENED, REOPENED -> {
                if (!reminded().contains(notice.severity())) {
                    return;
                }
                Instant first = schedule().first(notice.at());
                Reminder reminder = em.find(Reminder.class, notice.alertId());
                if (reminder == null) {
                    em.persist(new Reminder(notice, first));
                } else {
                    reminder.restart(notice, first);
                }
            }
            case ACKNOWLEDGED, RESOLVED -> {
                Reminder reminder = em.find(Reminder.class, notice.alertId());
                if (reminder != null) {
                    em.remove(reminder);
                }
            }
            case REPEATED -> {
                // still the same unacknowledged alert: its reminders go on as they were
            }
        }
    }

    /** Sends one batch of due reminders and escalations; returns how many were due. */
    @AcrossTenants
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        List<Reminder> due = em.createQuery("select r from Reminder r where r.nextAt <= :now order by r.nextAt", Reminder.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        ReminderSchedule schedule = schedule();
        for (Reminder reminder : due) {
            ReminderSchedule.Action action = schedule.action(reminder.openedAt(), reminder.isEscalated(), now);
            boolean escalating = action == ReminderSchedule.Action.ESCALATE;
            Notification notification = Notification.reminder(reminder.tenantId(), reminder.alertId(), reminder.severity(),
                    reminder.type(), reminder.deviceId(), reminder.deviceName(), reminder.group(), reminder.message(),
                    reminder.openedAt(), escalating, now);
            for (NotificationChannel channel : channels(reminder)) {
                boolean hears = escalating ? channel.escalation() : !channel.escalation() || reminder.isEscalated();
                if (hears) {
                    queue.queue(channel, notification);
                }
            }
            if (escalating) {
                reminder.escalated(schedule.next(reminder.openedAt(), true, now));
            } else {
                reminder.reminded(schedule.next(reminder.openedAt(), reminder.isEscalated(), now));
            }
        }
        return due.size();
    }

    private List<NotificationChannel> channels(Reminder reminder) {
        return em.createQuery("select c from NotificationChannel c where c.tenantId = :tenant and c.enabled = true order by c.id",
                        NotificationChannel.class)
                .setParameter("tenant", reminder.tenantId()).getResultStream()
                .filter(c -> c.subscription().matchesAlert(reminder.severity(), reminder.type(), reminder.group()))
                .toList();
    }

    ReminderSchedule schedule() {
        return new ReminderSchedule(Duration.ofMinutes(reminderMinutes), Duration.ofMinutes(escalationMinutes));
    }

    private Set<Severity> reminded() {
        return remindedSeverities.stream().map(String::strip).map(Severity::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Severity.class)));
    }
}
