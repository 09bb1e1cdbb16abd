package vn.eoffice.tasks;

/**
 * The lead side reported how far the work is.
 */
public record TaskProgressReported(Long taskId, SourceRef source, int percent) {
}
