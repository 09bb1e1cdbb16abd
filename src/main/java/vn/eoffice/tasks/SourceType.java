package vn.eoffice.tasks;

/**
 * Where an obligation comes from: a directive on an incoming document, a meeting conclusion, a resolution or
 * directive being monitored, or a leader's ad-hoc instruction.
 */
public enum SourceType {
    DOCUMENT, MEETING, MONITORING, AD_HOC
}
