package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A task as its detail screen shows it: facts, outcome, sub-tasks, timeline, extension history and allowed actions.
 */
public record TaskDetails(TaskSummary summary, String content, Priority priority, LocalDate startDate,
        Set<Long> informedUserIds, Integer repeatDay, String result, Instant completedAt, Instant acceptedAt, Boolean onTime,
        Integer daysLate, Boolean meetsQuality, boolean overdue, List<TaskSummary> children, List<TaskEvent> timeline,
        List<Extension> extensions, TaskActions actions) {
}
