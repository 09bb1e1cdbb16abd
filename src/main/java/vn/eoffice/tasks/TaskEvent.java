package vn.eoffice.tasks;

import java.time.Instant;
import java.util.List;

/**
 * One line of a task's timeline as shown to people: {@code kind} is e.g. ASSIGNED, PROGRESS, COMPLETED; progress
 * updates may carry files.
 */
public record TaskEvent(Long id, Instant occurredAt, Long actorId, String kind, Integer percent, String note,
        List<TaskFile> files) {
}
