package vn.eoffice.documents.casefiles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document kept in a file, in the order it was added. The file's year is copied here so the database itself
 * keeps a document in at most one file per year.
 */
@Entity
@Table(name = "case_file_document")
class CaseFileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseFileId;
    private Long documentId;
    @Column(name = "file_year")
    private int year;
    private Long addedBy;
    private Instant addedAt;
    private int position;

    protected CaseFileEntry() {
    }

    CaseFileEntry(CaseFile file, Long documentId, Long addedBy, Instant addedAt, int position) {
        this.caseFileId = file.getId();
        this.documentId = documentId;
        this.year = file.getYear();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        this.position = position;
    }

    Long getId() { return id; }
    Long getCaseFileId() { return caseFileId; }
    Long getDocumentId() { return documentId; }
    int getYear() { return year; }
    Long getAddedBy() { return addedBy; }
    Instant getAddedAt() { return addedAt; }
    int getPosition() { return position; }
}
