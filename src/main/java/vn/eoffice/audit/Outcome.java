package vn.eoffice.audit;

/**
 * How an audited action ended.
 */
public enum Outcome {
    SUCCESS, DENIED, FAILED;

    /** The Bootstrap badge colours of this outcome. */
    public String badge() {
        return this == SUCCESS ? "text-bg-success" : "text-bg-danger";
    }
}
