package vn.eoffice.study;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.eoffice.platform.DomainException;

/** A document the programme studies: a registered document (by id) or an uploaded file, under a title. */
@Entity
@Table(name = "study_reading")
class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private Long programmeId;
    private String title;
    private Long documentId;
    private Long fileId;
    private String fileName;
    private Long createdBy;
    private Instant createdAt;

    protected Reading() {
    }

    Reading(Long programmeId, String title, Long documentId, Long fileId, String fileName, Long createdBy,
            Instant at) {
        if (title == null || title.isBlank()) {
            throw new DomainException("study.reading.title.required");
        }
        if (title.trim().length() > 300) {
            throw new DomainException("study.reading.title.tooLong");
        }
        if ((documentId == null) == (fileId == null)) {
            throw new DomainException("study.reading.source.required");
        }
        this.programmeId = programmeId;
        this.title = title.trim();
        this.documentId = documentId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    ReadingView view(boolean linked) {
        return new ReadingView(id, title, linked ? documentId : null, fileName);
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    Long getDocumentId() { return documentId; }
    Long getFileId() { return fileId; }
}
