package vn.eoffice.documents.outgoing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded version of a draft's main file; a new upload is a new version, none is ever overwritten.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    private int versionNo;
    private Long fileId;
    private String name;
    private Long uploadedBy;
    private Instant uploadedAt;
    private String note;

    protected DocumentVersion() {
    }

    DocumentVersion(Long documentId, int versionNo, Long fileId, String name, Long uploadedBy, Instant uploadedAt,
            String note) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.fileId = fileId;
        this.name = name;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public int getVersionNo() { return versionNo; }
    public Long getFileId() { return fileId; }
    public String getName() { return name; }
    public Long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getNote() { return note; }
}
