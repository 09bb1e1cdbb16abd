package vn.eoffice.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One package to deliver to one agency: a document (the sender's delivery, whose statuses form its timeline), an
 * update of it, its replacement by another document, a recall, or a status going back. Delivered only when the
 * receiver acknowledges it.
 */
@Entity
@Table(name = "exchange_outbox")
class OutboxEntry implements Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DeliveryKind kind;
    private Long agencyId;
    private Long documentId;
    private Long inboxId;
    private String senderOrganId;
    private String recipientOrganId;
    private String recipientName;
    private String documentKey;
    private String statusCode;
    private String replacedKey;
    private String note;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimedUntil;
    private String lastError;
    private String lastStatus;
    private Instant createdAt;
    private Instant deliveredAt;

    protected OutboxEntry() {
    }

    OutboxEntry(DeliveryKind kind, Long agencyId, String senderOrganId, String recipientOrganId, String recipientName,
            String documentKey, Instant now) {
        this.kind = kind;
        this.agencyId = agencyId;
        this.senderOrganId = senderOrganId;
        this.recipientOrganId = recipientOrganId;
        this.recipientName = recipientName;
        this.documentKey = documentKey;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxEntry forDocument(Long documentId) {
        this.documentId = documentId;
        return this;
    }

    OutboxEntry forInbox(Long inboxId, String statusCode) {
        this.inboxId = inboxId;
        this.statusCode = statusCode;
        return this;
    }

    /** A replacement: the DocumentId of the earlier document it replaces. */
    OutboxEntry replacing(String earlierKey) {
        this.replacedKey = earlierKey;
        return this;
    }

    OutboxEntry withNote(String note) {
        this.note = note;
        return this;
    }

    void delivered(Instant at) {
        state = DeliveryState.DELIVERED;
        deliveredAt = at;
        lastError = null;
        release();
    }

    void refused(String reason, Instant at) {
        state = DeliveryState.REFUSED;
        deliveredAt = at;
        lastError = truncate(reason);
        release();
    }

    void failed(String error, Instant next) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = next;
        release();
    }

    void gaveUp(String error) {
        attempts++;
        state = DeliveryState.GAVE_UP;
        lastError = truncate(error);
        release();
    }

    void cancel() {
        state = DeliveryState.CANCELLED;
        release();
    }

    /** A clerk sends it again by hand after it was given up: a fresh series of attempts. */
    void retry(Instant now) {
        state = DeliveryState.PENDING;
        attempts = 0;
        createdAt = now;
        nextAttemptAt = now;
        release();
    }

    void statusReached(String code) {
        if (lastStatus == null || StatusCode.rank(code) > StatusCode.rank(lastStatus)) {
            lastStatus = code;
        }
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    public Long getId() { return id; }
    public DeliveryKind getKind() { return kind; }
    public Long getAgencyId() { return agencyId; }
    public Long getDocumentId() { return documentId; }
    public Long getInboxId() { return inboxId; }
    public String getSenderOrganId() { return senderOrganId; }
    public String getRecipientOrganId() { return recipientOrganId; }
    public String getRecipientName() { return recipientName; }
    public String getDocumentKey() { return documentKey; }
    public String getStatusCode() { return statusCode; }
    public String getReplacedKey() { return replacedKey; }
    public String getNote() { return note; }
    public DeliveryState getState() { return state; }
    /** Stopped without delivery (given up or refused): the clerk may send it again. */
    public boolean isResendable() { return state == DeliveryState.GAVE_UP || state == DeliveryState.REFUSED; }
    /** Still being tried after a failed attempt. */
    public boolean isRetrying() { return state == DeliveryState.PENDING && attempts > 0; }
    /** A correction (update, replacement) rather than the document itself. */
    public boolean isCorrection() { return kind != DeliveryKind.DOCUMENT; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public String getLastStatus() { return lastStatus; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
