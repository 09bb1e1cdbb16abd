package vn.eoffice.tasks;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings repeating tasks back: once an occurrence's deadline has come, the next month's occurrence is given to the
 * same people. Each occurrence is created in its own transaction; the task's version makes a second node's attempt
 * roll back instead of creating a duplicate.
 */
@Service
public class Recurrences {

    private static final Logger log = LoggerFactory.getLogger(Recurrences.class);

    private final Tasks tasks;
    private final TaskManagement management;
    private final TransactionTemplate transaction;

    Recurrences(Tasks tasks, TaskManagement management, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.management = management;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates the occurrences due on {@code today}; returns how many this call created. */
    public int createDue(LocalDate today) {
        int created = 0;
        var due = transaction.execute(status -> tasks
                .findByRepeatDayIsNotNullAndNextOccurrenceIdIsNullAndDeadlineLessThanEqual(today).stream()
                .map(Task::getId).toList());
        for (Long id : due) {
            try {
                Boolean done = transaction.execute(status -> tasks.findById(id)
                        .filter(task -> task.dueToRepeat(today))
                        .map(task -> management.repeat(task) != null)
                        .orElse(false));
                created += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                log.info("Next occurrence of task {} was created by another node", id);
            }
        }
        return created;
    }
}
