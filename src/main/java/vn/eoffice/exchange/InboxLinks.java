package vn.eoffice.exchange;

import jakarta.persistence.Embeddable;

/**
 * What a received document says about other documents: the one it answers (ResponseFor, resolved to our own sent
 * document when we sent it to the replying agency), and, for an update or a replacement, the earlier document it is
 * about (resolved to the earlier received entry, or flagged when we never received it).
 */
@Embeddable
public class InboxLinks {

    private String businessReason;
    private String earlierKey;
    private Long earlierInboxId;
    private String responseForKey;
    private String responseForCode;
    private Long answersDocumentId;

    protected InboxLinks() {
    }

    static InboxLinks none() {
        return new InboxLinks();
    }

    void correction(String earlierKey, String reason) {
        this.earlierKey = cut(earlierKey, 200);
        this.businessReason = cut(reason, 1000);
    }

    void earlier(Long inboxId) {
        this.earlierInboxId = inboxId;
    }

    void answers(String documentKey, String code, Long documentId) {
        this.responseForKey = cut(documentKey, 200);
        this.responseForCode = cut(code, 130);
        this.answersDocumentId = documentId;
    }

    /** An update or a replacement naming a document never received here: kept in the queue, but flagged. */
    public boolean isEarlierMissing() {
        return earlierKey != null && earlierInboxId == null;
    }

    /** Số, ký hiệu as the DocumentId of the earlier document carries it ({@code <OrganId>,<date>,<số>/<ký hiệu>}). */
    public String getEarlierNotation() {
        return notationOf(earlierKey);
    }

    static String notationOf(String documentKey) {
        return documentKey == null ? null : documentKey.substring(documentKey.lastIndexOf(',') + 1);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getBusinessReason() { return businessReason; }
    public String getEarlierKey() { return earlierKey; }
    public Long getEarlierInboxId() { return earlierInboxId; }
    public String getResponseForKey() { return responseForKey; }
    public String getResponseForCode() { return responseForCode; }
    public Long getAnswersDocumentId() { return answersDocumentId; }
}
