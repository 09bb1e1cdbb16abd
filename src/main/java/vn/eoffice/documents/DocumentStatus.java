package vn.eoffice.documents;

/**
 * Where a document stands in its flow. Incoming: registered → submitted to a leader → directed (assigned) → in
 * progress → done. Outgoing: draft → in review → approved → signed → released. Either may be recalled; an incoming
 * document received by exchange may be replaced by a later one its sender sent in its place.
 */
public enum DocumentStatus {
    REGISTERED, SUBMITTED, DIRECTED, IN_PROGRESS, DONE,
    DRAFT, IN_REVIEW, APPROVED, SIGNED, RELEASED,
    RECALLED, REPLACED;

    public String messageKey() {
        return "document.status." + name();
    }
}
