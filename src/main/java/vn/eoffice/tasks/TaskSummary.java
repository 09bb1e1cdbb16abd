package vn.eoffice.tasks;

import java.time.LocalDate;
import java.util.Set;

import vn.eoffice.platform.Secrecy;

/**
 * What other modules need to know about a task.
 */
public record TaskSummary(Long id, Long parentId, String title, SourceRef source, Long assignerId, Party lead,
        Set<Party> coProcessors, LocalDate deadline, TaskStatus status, int progress, Secrecy secrecy) {
}
