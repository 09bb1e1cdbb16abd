package vn.eoffice.study;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of a study material: its file, the internal draft that carries it through the review circuit, and
 * when it was approved (never changed afterwards: a new version is a new row that goes through the circuit again).
 */
@Entity(name = "StudyMaterial")
@Table(name = "study_material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long programmeId;
    @Enumerated(EnumType.STRING)
    private MaterialKind kind;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private String title;
    private int versionNo;
    private Long fileId;
    private String fileName;
    private Long documentId;
    private Instant approvedAt;
    private Long createdBy;
    private Instant createdAt;

    protected Material() {
    }

    Material(Long programmeId, MaterialForm form, int versionNo, Long fileId, String fileName, Long createdBy,
            Instant at) {
        this.programmeId = programmeId;
        this.kind = form.kind();
        this.audience = form.audience();
        this.title = form.title().trim();
        this.versionNo = versionNo;
        this.fileId = fileId;
        this.fileName = fileName;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void drafted(Long documentId) {
        this.documentId = documentId;
    }

    /** Approved once, when its draft has passed the review circuit; later calls change nothing. */
    void approve(Instant at) {
        if (approvedAt == null) {
            this.approvedAt = at;
        }
    }

    boolean approved() {
        return approvedAt != null;
    }

    MaterialView view(long downloads) {
        return new MaterialView(id, programmeId, kind, audience, title, versionNo, fileName, documentId,
                approvedAt, downloads);
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    MaterialKind getKind() { return kind; }
    Audience getAudience() { return audience; }
    int getVersionNo() { return versionNo; }
    Long getFileId() { return fileId; }
    String getFileName() { return fileName; }
    Long getDocumentId() { return documentId; }
}
