package vn.eoffice.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for a later deadline and its decision, as kept in the task's history.
 */
public record Extension(Long id, Long requestedBy, Instant requestedAt, LocalDate previousDeadline,
        LocalDate requestedDeadline, String reason, ExtensionStatus status, Long decidedBy, Instant decidedAt,
        String decisionNote) {
}
