package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's daily summary e-mail: their open tasks that are overdue and those due within the reminder window.
 */
public record TaskDigest(Long recipientId, LocalDate day, List<TaskSummary> overdue, List<TaskSummary> dueSoon) {
}
