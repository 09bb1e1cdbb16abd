package vn.eoffice.tasks;

/**
 * The lead reported the task done; it waits for the assigner's acceptance.
 */
public record TaskCompleted(Long taskId, SourceRef source, Long byUserId) {
}
