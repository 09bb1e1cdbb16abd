package vn.eoffice.documents;

/**
 * Where a document stands in its flow. Incoming: registered → submitted to a leader → directed (assigned) → in
 * progress → done. Outgoing: draft → in review → approved → signed → released. Either may be recalled.
 */
public enum DocumentStatus {
    REGISTERED, SUBMITTED, DIRECTED, IN_PROGRESS, DONE,
    DRAFT, IN_REVIEW, APPROVED, SIGNED, RELEASED,
    RECALLED;

    public String messageKey() {
        return "document.status." + name();
    }
}
