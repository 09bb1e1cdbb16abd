package vn.eoffice.documents;

/**
 * The inboxes of incoming documents, by where the document stands and what the person must do.
 */
public enum Box {
    /** Registered, not yet submitted to a leader (văn thư). */
    REGISTERED,
    /** Submitted, waiting for the leader's directive. */
    AWAITING_DIRECTIVE,
    /** Directed to me or my unit, not yet started. */
    TO_PROCESS,
    IN_PROGRESS,
    OVERDUE,
    DONE,
    ALL;

    public String messageKey() {
        return "box." + name();
    }

    /** The Bootstrap badge colours of the box's count: red for what is late. */
    public String badge() {
        return this == OVERDUE ? "text-bg-danger" : "text-bg-secondary";
    }
}
