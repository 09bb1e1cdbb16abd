package vn.eoffice.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.documents.Notation;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.platform.DomainException;

/**
 * A document received from another agency, waiting in the clerk's "to receive" queue (văn bản chờ tiếp nhận)
 * until it is accepted (and registered) or refused; a recall request from the sender is kept on it. An update of a
 * document already received is an entry of its own (same DocumentId, another revision).
 */
@Entity
@Table(name = "exchange_inbox")
class InboxEntry implements ReceivedPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String senderOrganId;
    private String senderName;
    private String recipientOrganId;
    private String documentKey;
    private String revision;
    private int businessType;
    private String codeNumber;
    private String codeNotation;
    private LocalDate documentDate;
    private String typeName;
    private String summary;
    private String signerName;
    private String signerPosition;
    /** SignerInfo/Competence as the sender wrote it ({@code K/T TRƯỞNG BAN}). */
    private String signerCompetence;
    private int priority;
    private LocalDate dueDate;
    private Integer pageAmount;
    @Enumerated(EnumType.STRING)
    private InboxState state;
    private Long documentId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private RecallState recallState;
    private String recallReason;
    private String lastStatus;
    private Instant receivedAt;
    private Instant decidedAt;
    private Long decidedBy;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exchange_inbox_file", joinColumns = @JoinColumn(name = "inbox_id"))
    @OrderBy("position")
    private List<InboxFile> files = new ArrayList<>();
    @Embedded
    private InboxLinks links;
    @Embedded
    private ReceivedHeader header;
    @Version
    private long version;

    protected InboxEntry() {
    }

    InboxEntry(Long agencyId, String recipientOrganId, EdxmlDocument document, String revision, Instant now) {
        this.agencyId = agencyId;
        this.recipientOrganId = recipientOrganId;
        this.senderOrganId = document.from().organId();
        this.senderName = cut(document.from().organName(), 300);
        this.documentKey = document.documentId();
        this.revision = revision;
        this.businessType = document.business() == null ? 0 : document.business().docType();
        this.codeNumber = cut(document.codeNumber(), 20);
        this.codeNotation = cut(document.codeNotation(), 100);
        this.documentDate = document.promulgationDate();
        this.typeName = cut(document.typeName(), 100);
        this.summary = cut(document.subject(), 1000);
        if (document.signer() != null) {
            this.signerName = cut(document.signer().fullName(), 150);
            this.signerPosition = cut(document.signer().position(), 150);
            this.signerCompetence = cut(document.signer().competence(), 150);
        }
        this.priority = document.otherInfo() == null ? 0 : document.otherInfo().priority();
        this.dueDate = document.dueDate();
        this.pageAmount = document.otherInfo() == null ? null : document.otherInfo().pageAmount();
        this.header = ReceivedHeader.of(document);
        this.state = InboxState.RECEIVED;
        this.receivedAt = now;
    }

    void replacing() {
        this.businessType = EdxmlDocument.Business.REPLACE;
    }

    void attach(Long fileId, String name) {
        files.add(new InboxFile(fileId, files.size(), cut(name, 300)));
    }

    void accept(Long documentId, Long clerkId, Instant now) {
        requireState(InboxState.RECEIVED);
        this.state = InboxState.ACCEPTED;
        this.documentId = documentId;
        decided(clerkId, now);
    }

    /** An update applied to the document registered from the earlier entry: nothing new is registered. */
    void applied(Long documentId, Long clerkId, Instant now) {
        accept(documentId, clerkId, now);
    }

    /** A replacement was accepted before this entry was: it leaves the queue without an answer to the sender. */
    void replaced(Long clerkId, Instant now) {
        requireState(InboxState.RECEIVED);
        this.state = InboxState.REPLACED;
        decided(clerkId, now);
    }

    void refuse(String reason, Long clerkId, Instant now) {
        requireState(InboxState.RECEIVED);
        this.state = InboxState.REFUSED;
        this.reason = reason;
        decided(clerkId, now);
    }

    void recallRequested(String reason) {
        if (recallState == null) {
            recallState = RecallState.REQUESTED;
            recallReason = cut(reason, 1000);
        }
    }

    void recallAnswered(boolean agreed, Long clerkId, Instant now) {
        if (recallState != RecallState.REQUESTED) {
            throw new DomainException("exchange.recall.notRequested");
        }
        recallState = agreed ? RecallState.AGREED : RecallState.REFUSED;
        if (agreed) {
            state = InboxState.WITHDRAWN;
        }
        decided(clerkId, now);
    }

    void statusSent(String code) {
        if (lastStatus == null || StatusCode.rank(code) > StatusCode.rank(lastStatus)) {
            lastStatus = code;
        }
    }

    private void requireState(InboxState expected) {
        if (state != expected) {
            throw new DomainException("exchange.inbox.alreadyDecided");
        }
    }

    private void decided(Long clerkId, Instant now) {
        this.decidedBy = clerkId;
        this.decidedAt = now;
    }

    /** The links, made writable (an embeddable whose columns are all null loads as null). */
    InboxLinks links() {
        if (links == null) {
            links = InboxLinks.none();
        }
        return links;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * Số, ký hiệu as issued: Party {@code 15-HD/BTGDVTU}, InboxState {@code 125/QĐ-UBND} or with its year
     * {@code 12/2025/QĐ-UBND}.
     */
    public String getNotation() {
        return Notation.fromCode(codeNumber, codeNotation);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getSenderOrganId() { return senderOrganId; }
    public String getSenderName() { return senderName; }

    /** The sender as people read it: its name, or its identifier code when the package gave no name. */
    public String getSenderShown() { return senderName == null ? senderOrganId : senderName; }
    public String getRecipientOrganId() { return recipientOrganId; }
    public String getDocumentKey() { return documentKey; }
    public String getRevision() { return revision; }
    public boolean isUpdate() { return businessType == EdxmlDocument.Business.UPDATE; }
    /** Still waiting for the clerk to accept or refuse it. */
    public boolean isAwaitingClerk() { return state == InboxState.RECEIVED; }
    /** The sender asked for it back and the clerk has not answered yet. */
    public boolean isRecallRequested() { return recallState == RecallState.REQUESTED; }
    public boolean isReplacement() { return businessType == EdxmlDocument.Business.REPLACE; }
    public InboxLinks getLinks() { return links == null ? InboxLinks.none() : links; }
    /** What else the package said (empty for entries received before it was kept). */
    public ReceivedHeader getHeader() {
        return header == null ? new ReceivedHeader(null, null, null, null, null, null, null, null, null, null, null,
                null) : header;
    }
    public int getBusinessType() { return businessType; }
    public String getCodeNumber() { return codeNumber; }
    public String getCodeNotation() { return codeNotation; }
    public LocalDate getDocumentDate() { return documentDate; }
    public String getTypeName() { return typeName; }
    public String getSummary() { return summary; }
    public String getSignerName() { return signerName; }
    public String getSignerPosition() { return signerPosition; }
    public String getSignerCompetence() { return signerCompetence; }
    public int getPriority() { return priority; }
    public LocalDate getDueDate() { return dueDate; }
    public Integer getPageAmount() { return pageAmount; }
    public InboxState getState() { return state; }
    public Long getDocumentId() { return documentId; }
    public String getReason() { return reason; }
    public RecallState getRecallState() { return recallState; }
    public String getRecallReason() { return recallReason; }
    public String getLastStatus() { return lastStatus; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public List<InboxFile> getFiles() { return List.copyOf(files); }
    public long getVersion() { return version; }
}
