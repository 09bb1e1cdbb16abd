package vn.eoffice.tasks;

/**
 * The assigner sent the task back for more work.
 */
public record TaskReturned(Long taskId, SourceRef source, String reason) {
}
