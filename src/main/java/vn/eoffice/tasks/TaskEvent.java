package vn.eoffice.tasks;

import java.time.Instant;

/**
 * One line of a task's timeline as shown to people: {@code kind} is e.g. ASSIGNED, PROGRESS, COMPLETED.
 */
public record TaskEvent(Instant occurredAt, Long actorId, String kind, Integer percent, String note) {
}
