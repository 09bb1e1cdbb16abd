package vn.eoffice.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.platform.Secrecy;

/**
 * Decides who is reminded of what on a given day and sends each reminder once: before the deadline (configured
 * days), on the day, and every day while overdue — to the lead, with a daily escalation to the assigner.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Tasks tasks;
    private final ReminderLedger ledger;
    private final TaskReminderSender sender;
    private final Recipients recipients;
    private final TaskProperties properties;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Reminders(Tasks tasks, ReminderLedger ledger, TaskReminderSender sender, Recipients recipients,
            TaskProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.tasks = tasks;
        this.ledger = ledger;
        this.sender = sender;
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the reminders due on {@code today}; returns how many this call sent. */
    public int sendDue(LocalDate today) {
        int furthest = properties.reminderDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
        int sent = 0;
        // Read in a short transaction, then send outside it: a slow sender must not hold database resources.
        List<Due> due = readOnly.execute(status -> tasks
                .findByStatusInAndDeadlineLessThanEqual(TaskStatus.OPEN, today.plusDays(furthest)).stream()
                .map(Due::of).toList());
        for (Due task : due) {
            long daysLeft = ChronoUnit.DAYS.between(today, task.deadline());
            if (daysLeft > 0 && properties.reminderDaysBefore().contains((int) daysLeft)) {
                sent += remind(task, leadRecipients(task), ReminderKind.DUE_SOON, today, (int) daysLeft);
            } else if (daysLeft == 0) {
                sent += remind(task, leadRecipients(task), ReminderKind.DUE_TODAY, today, 0);
            } else if (daysLeft < 0) {
                sent += remind(task, leadRecipients(task), ReminderKind.OVERDUE, today, (int) -daysLeft);
                sent += remind(task, Set.of(task.assignerId()), ReminderKind.ESCALATION, today, (int) -daysLeft);
            }
        }
        return sent;
    }

    private int remind(Due task, Set<Long> recipients, ReminderKind kind, LocalDate today, int days) {
        int sent = 0;
        for (Long recipient : recipients) {
            if (ledger.claim(task.id(), recipient, kind, today, Instant.now(clock))) {
                try {
                    sender.send(new TaskReminder(task.id(), recipient, kind, task.title(), task.deadline(),
                            days, "/tasks/" + task.id(), task.secrecy()));
                    sent++;
                } catch (RuntimeException e) {
                    log.warn("Reminder {} for task {} to user {} could not be sent", kind, task.id(), recipient, e);
                }
            }
        }
        return sent;
    }

    private Set<Long> leadRecipients(Due task) {
        return recipients.of(task.leadUserId(), task.leadUnitId(), task.coUserIds());
    }

    private record Due(Long id, String title, LocalDate deadline, Long assignerId, Long leadUserId, Long leadUnitId,
            List<Long> coUserIds, Secrecy secrecy) {

        static Due of(Task task) {
            return new Due(task.getId(), task.getTitle(), task.getDeadline(), task.getAssignerId(),
                    task.getLeadUserId(), task.getLeadUnitId(), task.coParties().stream().map(Party::userId)
                            .filter(java.util.Objects::nonNull).toList(), task.getSecrecy());
        }
    }
}
