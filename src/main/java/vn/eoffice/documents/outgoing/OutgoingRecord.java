package vn.eoffice.documents.outgoing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an outgoing document adds to the common document: the incoming document it answers, the signature (who,
 * when, which version: the place real digital signatures will fill), the file copy kept at release (bản lưu) and
 * the recall.
 */
@Entity
@Table(name = "outgoing_document")
public class OutgoingRecord {

    @Id
    private Long documentId;
    private Long replyToId;
    private Long signedBy;
    private Instant signedAt;
    private Integer signedVersionNo;
    private Long releasedBy;
    private Instant releasedAt;
    private Long archiveFileId;
    private Long recalledBy;
    private Instant recalledAt;
    private String recallReason;

    protected OutgoingRecord() {
    }

    OutgoingRecord(Long documentId, Long replyToId) {
        this.documentId = documentId;
        this.replyToId = replyToId;
    }

    void signed(Long signerId, Instant at, int versionNo) {
        this.signedBy = signerId;
        this.signedAt = at;
        this.signedVersionNo = versionNo;
    }

    void released(Long clerkId, Instant at, Long archiveFileId) {
        this.releasedBy = clerkId;
        this.releasedAt = at;
        this.archiveFileId = archiveFileId;
    }

    void recalled(Long actorId, Instant at, String reason) {
        this.recalledBy = actorId;
        this.recalledAt = at;
        this.recallReason = reason;
    }

    public Long getDocumentId() { return documentId; }
    public Long getReplyToId() { return replyToId; }
    public Long getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public Integer getSignedVersionNo() { return signedVersionNo; }
    public Long getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public Long getArchiveFileId() { return archiveFileId; }
    public Long getRecalledBy() { return recalledBy; }
    public Instant getRecalledAt() { return recalledAt; }
    public String getRecallReason() { return recallReason; }
}
