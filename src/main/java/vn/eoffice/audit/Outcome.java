package vn.eoffice.audit;

/**
 * How an audited action ended.
 */
public enum Outcome {
    SUCCESS, DENIED, FAILED
}
