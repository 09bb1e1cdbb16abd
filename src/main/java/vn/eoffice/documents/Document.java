package vn.eoffice.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.platform.SigningCapacity;

/**
 * A document of the agency: an incoming one registered with its arrival number, or an outgoing or internal one
 * numbered at release. Guards its own flow; the numbers come from its {@link Register}.
 */
@Entity
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    private Long registerId;
    private Long registerNumber;
    private String numberSeries;
    private String numberPeriod;
    private LocalDate arrivalDate;
    private Instant receivedAt;
    private String notation;
    private LocalDate documentDate;
    private String typeCode;
    private String summary;
    private Long issuerAgencyId;
    private String issuerName;
    private String signerName;
    private String signerPosition;
    /** Thẩm quyền ký; on an outgoing document null until chosen or signed: the signer's position then decides. */
    @Enumerated(EnumType.STRING)
    private SigningAuthority signingAuthority;
    private String signingFor;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    /** Hỏa tốc sorts first: the urgency's rank, kept as a number so lists can order by it. */
    private int urgencyRank;
    @Enumerated(EnumType.STRING)
    private Secrecy secrecy;
    private Integer pageCount;
    private Integer copies;
    private LocalDate deadline;
    private Long ownerUnitId;
    private String note;
    private Long createdBy;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "document_participant", joinColumns = @JoinColumn(name = "document_id"))
    private Set<Participation> participants = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "document_file", joinColumns = @JoinColumn(name = "document_id"))
    @OrderBy("position")
    private List<DocumentFile> files = new ArrayList<>();
    @Version
    private long version;

    protected Document() {
    }

    /** An incoming document as the clerk registers it; its arrival number comes from the incoming register. */
    static Document incoming(Long agencyId, IncomingDetails details, Long clerkId, Long clerkUnitId, Instant now) {
        var document = new Document();
        document.agencyId = agencyId;
        document.direction = Direction.INCOMING;
        document.status = DocumentStatus.REGISTERED;
        document.receivedAt = now;
        document.notation = Notation.parse(details.notation()).text();
        document.documentDate = details.documentDate();
        document.typeCode = details.typeCode();
        document.summary = details.summary().trim();
        document.issuerAgencyId = details.issuerAgencyId();
        document.issuerName = details.issuerName().trim();
        document.signerName = blankToNull(details.signerName());
        document.signerPosition = blankToNull(details.signerPosition());
        var capacity = SigningCapacity.read(details.signerCompetence());
        document.signingAuthority = capacity.isNone() ? null : capacity.authority();
        document.signingFor = capacity.line();
        document.urgency = details.urgency();
        document.urgencyRank = details.urgency().ordinal();
        document.secrecy = details.secrecy();
        document.pageCount = details.pageCount();
        document.copies = details.copies();
        document.deadline = details.deadline();
        document.note = blankToNull(details.note());
        document.createdBy = clerkId;
        document.createdAt = now;
        document.ownerUnitId = clerkUnitId;
        document.addParticipant(Participant.user(clerkId, ParticipantRole.HANDLER));
        return document;
    }

    void numbered(Long registerId, IssuedNumber number, LocalDate arrivalDate) {
        this.registerId = registerId;
        this.registerNumber = number.ordinal();
        this.numberSeries = number.seriesKey();
        this.numberPeriod = number.periodKey();
        this.arrivalDate = arrivalDate;
    }

    void attach(Long fileId, DocumentFile.Kind kind, String name) {
        files.add(new DocumentFile(fileId, kind, files.size(), name));
    }

    /** The clerk submits the registered document to a leader for a directive (trình lãnh đạo). */
    void submitTo(Long leaderId) {
        if (direction != Direction.INCOMING || (status != DocumentStatus.REGISTERED
                && status != DocumentStatus.SUBMITTED)) {
            throw new DomainException("document.submit.notAllowed");
        }
        participants.removeIf(p -> p.role() == ParticipantRole.LEADER);
        addParticipant(Participant.user(leaderId, ParticipantRole.LEADER));
        status = DocumentStatus.SUBMITTED;
    }

    void addParticipant(Participant participant) {
        participants.add(new Participation(participant, ownerUnitId));
    }

    /** The leader's directive is given: the document now has a lead and a deadline. */
    void directed(LocalDate deadline) {
        this.deadline = deadline;
        this.status = DocumentStatus.DIRECTED;
    }

    /** Work on the directive has begun (the first progress or completion report): directed becomes in progress. */
    void workStarted() {
        if (status == DocumentStatus.DIRECTED) {
            status = DocumentStatus.IN_PROGRESS;
        }
    }

    /** The lead's task was accepted: the document is dealt with. */
    void handled() {
        status = DocumentStatus.DONE;
    }

    /**
     * The sender withdrew it (thu hồi) before it was dealt with; refused once done. Returns false when it was already
     * withdrawn (a repeated recall changes nothing).
     */
    boolean withdrawn() {
        if (status == DocumentStatus.RECALLED) {
            return false;
        }
        if (status == DocumentStatus.DONE) {
            throw new DomainException("document.transition.notAllowed");
        }
        status = DocumentStatus.RECALLED;
        return true;
    }

    /** The sender sent a replacement; a document already withdrawn or replaced keeps that status. */
    void replaced() {
        if (status != DocumentStatus.RECALLED && status != DocumentStatus.REPLACED) {
            status = DocumentStatus.REPLACED;
        }
    }

    void assignOwnerUnit(Long unitId) {
        if (unitId != null && !unitId.equals(ownerUnitId)) {
            this.ownerUnitId = unitId;
            // every participation carries its document's owner unit (see Participation)
            var owned = participants.stream().map(p -> p.ownedBy(unitId)).toList();
            participants.clear();
            participants.addAll(owned);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isIncoming() {
        return direction == Direction.INCOMING;
    }

    /** An incoming document not yet directed: registered, or submitted and waiting for the leader's directive. */
    public boolean isAwaitingDirective() {
        return status == DocumentStatus.REGISTERED || status == DocumentStatus.SUBMITTED;
    }

    /** An incoming document under way or done: one may draft its reply. */
    public boolean isAnswerable() {
        return isIncoming() && !isAwaitingDirective();
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Direction getDirection() { return direction; }
    public DocumentStatus getStatus() { return status; }
    public Long getRegisterId() { return registerId; }
    public Long getRegisterNumber() { return registerNumber; }
    public LocalDate getArrivalDate() { return arrivalDate; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getNotation() { return notation; }
    public LocalDate getDocumentDate() { return documentDate; }
    public String getTypeCode() { return typeCode; }
    public String getSummary() { return summary; }
    public Long getIssuerAgencyId() { return issuerAgencyId; }
    public String getIssuerName() { return issuerName; }
    public String getSignerName() { return signerName; }
    public String getSignerPosition() { return signerPosition; }

    /**
     * Thẩm quyền ký ({@code K/T TRƯỞNG BAN}): as chosen or signed; null on an outgoing document whose signer's
     * position will decide it, {@link SigningCapacity#NONE} when the head signs in their own name.
     */
    public SigningCapacity getSigningCapacity() {
        return signingAuthority == null ? null : new SigningCapacity(signingAuthority, signingFor);
    }
    public Urgency getUrgency() { return urgency; }
    public Secrecy getSecrecy() { return secrecy; }
    public Integer getPageCount() { return pageCount; }
    public Integer getCopies() { return copies; }
    public LocalDate getDeadline() { return deadline; }
    public Long getOwnerUnitId() { return ownerUnitId; }
    public String getNote() { return note; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Participant> getParticipants() {
        return participants.stream().map(Participation::participant).collect(Collectors.toUnmodifiableSet());
    }
    public List<DocumentFile> getFiles() { return List.copyOf(files); }
    public long getVersion() { return version; }

    // Outgoing and internal documents (văn bản đi, nội bộ): drafted, reviewed, signed, then numbered at release.

    /** A draft written by a staff member in their unit (dự thảo); it gets its number only when released. */
    public static Document draft(Long agencyId, Direction direction, String issuerName, String typeCode,
            String summary, Urgency urgency, Secrecy secrecy, Long drafterId, Long drafterUnitId, Instant now) {
        if (direction == Direction.INCOMING) {
            throw new DomainException("outgoing.direction.required");
        }
        var document = new Document();
        document.agencyId = agencyId;
        document.direction = direction;
        document.status = DocumentStatus.DRAFT;
        document.typeCode = typeCode;
        document.summary = summary.trim();
        document.issuerName = issuerName;
        document.urgency = urgency;
        document.urgencyRank = urgency.ordinal();
        document.secrecy = secrecy;
        document.createdBy = drafterId;
        document.createdAt = now;
        document.ownerUnitId = drafterUnitId;
        document.addParticipant(Participant.user(drafterId, ParticipantRole.DRAFTER));
        return document;
    }

    public void include(Participant participant) {
        addParticipant(participant);
    }

    public void attachAppendix(Long fileId, String name) {
        attach(fileId, DocumentFile.Kind.ATTACHMENT, name);
    }

    public void submitForReview() {
        transition(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW);
    }

    public void returnToDraft() {
        transition(DocumentStatus.IN_REVIEW, DocumentStatus.DRAFT);
    }

    public void approve() {
        transition(DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED);
    }

    /** Signed in the given capacity, which is then kept as signed (register, signature block, exchange). */
    public void sign(String signerName, String signerPosition, SigningCapacity capacity) {
        transition(DocumentStatus.APPROVED, DocumentStatus.SIGNED);
        this.signerName = signerName;
        this.signerPosition = signerPosition;
        signIn(capacity == null ? SigningCapacity.NONE : capacity);
    }

    /**
     * The signing authority chosen before signature (null: the signer's position will decide); refused once the
     * document is signed, since the signed file carries it.
     */
    public void chooseSigningCapacity(SigningCapacity capacity) {
        if (direction == Direction.INCOMING || (status != DocumentStatus.DRAFT && status != DocumentStatus.IN_REVIEW
                && status != DocumentStatus.APPROVED)) {
            throw new DomainException("outgoing.authority.frozen");
        }
        if (capacity == null) {
            signingAuthority = null;
            signingFor = null;
        } else {
            signIn(capacity);
        }
    }

    private void signIn(SigningCapacity capacity) {
        this.signingAuthority = capacity.authority();
        this.signingFor = capacity.line();
    }

    /** Released: number, notation and date from the register; the signed file becomes the main file. */
    public void release(Long registerId, IssuedNumber number, LocalDate issuedDate, Long fileId, String fileName) {
        transition(DocumentStatus.SIGNED, DocumentStatus.RELEASED);
        this.registerId = registerId;
        this.registerNumber = number.ordinal();
        this.numberSeries = number.seriesKey();
        this.numberPeriod = number.periodKey();
        this.notation = number.notation();
        this.documentDate = issuedDate;
        files.add(new DocumentFile(fileId, DocumentFile.Kind.MAIN, files.size(), fileName));
    }

    /** At release, a file is replaced by its copy carrying the agency's signature (same kind, place and name). */
    public void replaceFile(Long fileId, Long signedFileId) {
        files.replaceAll(f -> f.fileId().equals(fileId)
                ? new DocumentFile(signedFileId, f.kind(), f.position(), f.name()) : f);
    }

    public void recall() {
        transition(DocumentStatus.RELEASED, DocumentStatus.RECALLED);
    }

    private void transition(DocumentStatus from, DocumentStatus to) {
        if (direction == Direction.INCOMING || status != from) {
            throw new DomainException("document.transition.notAllowed");
        }
        status = to;
    }
}
