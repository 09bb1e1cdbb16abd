package vn.eoffice.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each person one digest a day listing their overdue tasks and those due soon; nothing when they have none.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final Tasks tasks;
    private final Recipients recipients;
    private final ReminderLedger ledger;
    private final TaskDigestSender sender;
    private final TaskProperties properties;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Digests(Tasks tasks, Recipients recipients, ReminderLedger ledger, TaskDigestSender sender,
            TaskProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.recipients = recipients;
        this.ledger = ledger;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Sends the digests of {@code today}; returns how many this call sent. */
    public int sendDue(LocalDate today) {
        int window = properties.reminderDaysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Long, List<TaskSummary>> byPerson = readOnly.execute(status -> {
            Map<Long, List<TaskSummary>> grouped = new LinkedHashMap<>();
            for (Task task : tasks.findByStatusInAndDeadlineLessThanEqual(TaskStatus.OPEN, today.plusDays(window))) {
                var co = task.coParties().stream().map(Party::userId).filter(java.util.Objects::nonNull).toList();
                for (Long person : recipients.of(task.getLeadUserId(), task.getLeadUnitId(), co)) {
                    grouped.computeIfAbsent(person, p -> new ArrayList<>()).add(task.summary());
                }
            }
            return grouped;
        });
        int sent = 0;
        for (var entry : byPerson.entrySet()) {
            if (!ledger.claimDigest(entry.getKey(), today, Instant.now(clock))) {
                continue;
            }
            var overdue = entry.getValue().stream().filter(t -> t.deadline().isBefore(today)).toList();
            var soon = entry.getValue().stream().filter(t -> !t.deadline().isBefore(today)).toList();
            try {
                sender.send(new TaskDigest(entry.getKey(), today, overdue, soon));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Task digest for user {} could not be sent", entry.getKey(), e);
            }
        }
        return sent;
    }
}
