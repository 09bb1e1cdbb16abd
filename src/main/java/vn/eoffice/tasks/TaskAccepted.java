package vn.eoffice.tasks;

/**
 * The assigner accepted the result; timeliness and quality are now fixed facts for staff evaluation.
 */
public record TaskAccepted(Long taskId, SourceRef source, boolean onTime, int daysLate, boolean meetsQuality) {
}
