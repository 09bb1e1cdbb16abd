package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.Set;

/**
 * A task was given (top-level, or broken down below {@code parentId}).
 */
public record TaskAssigned(Long taskId, Long parentId, SourceRef source, Party lead, Set<Party> coProcessors,
        Set<Long> informedUserIds, LocalDate deadline, Long assignerId) {
}
