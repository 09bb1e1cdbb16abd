package vn.eoffice.study;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The documents a programme studies: the organiser adds a registered document he may see or uploads a file; everyone
 * in the programme reads the list, the document linked only for those who may open it.
 */
@Service
@Transactional
public class ReadingList {

    private final Readings readings;
    private final Programmes programmes;
    private final StudyAccess access;
    private final DocumentManagement documents;
    private final FileStorage files;
    private final AuditLog audit;
    private final Clock clock;

    ReadingList(Readings readings, Programmes programmes, StudyAccess access, DocumentManagement documents,
            FileStorage files, AuditLog audit, Clock clock) {
        this.readings = readings;
        this.programmes = programmes;
        this.access = access;
        this.documents = documents;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a reading (the organiser): a registered document he may see, or an uploaded file — one of the two. */
    public ReadingView add(CurrentUser user, Long programmeId, String title, Long documentId,
            MaterialLibrary.Upload upload) {
        var programme = found(user, programmeId);
        access.requireOrganise(user, programme.getAgencyId(), programmeId, "STUDY_READING_ADD");
        if (documentId != null && !documents.mayView(user, documentId)) {
            throw new DomainException("study.reading.document.unknown");
        }
        boolean uploaded = upload != null && upload.name() != null && !upload.name().isBlank();
        if ((documentId == null) == !uploaded) {
            throw new DomainException("study.reading.source.required");
        }
        if (title == null || title.isBlank()) {
            throw new DomainException("study.reading.title.required");
        }
        StoredFile stored = uploaded ? files.store(upload.name(), upload.content().get(), user.id()) : null;
        var reading = readings.save(new Reading(programmeId, title, documentId, stored == null ? null : stored.id(),
                stored == null ? null : stored.name(), user.id(), Instant.now(clock)));
        audit.record("STUDY_READING_ADDED", "STUDY_PROGRAMME", programmeId, reading.getId() + " " + title.trim());
        return reading.view(documentId != null);
    }

    @Transactional(readOnly = true)
    public List<ReadingView> list(CurrentUser user, Long programmeId) {
        found(user, programmeId);
        return readings.findByProgrammeIdOrderById(programmeId).stream()
                .map(r -> r.view(r.getDocumentId() != null && documents.mayView(user, r.getDocumentId()))).toList();
    }

    /** An uploaded reading's file, for everyone in the programme. */
    @Transactional(readOnly = true)
    public StoredFile file(CurrentUser user, Long programmeId, Long readingId) {
        found(user, programmeId);
        var reading = readings.findById(readingId).filter(r -> r.getProgrammeId().equals(programmeId)
                && r.getFileId() != null).orElseThrow(() -> new NotFoundException("study reading " + readingId));
        return files.find(reading.getFileId());
    }

    private StudyProgramme found(CurrentUser user, Long programmeId) {
        return access.visible(user, programmes.findById(programmeId)
                .orElseThrow(() -> new NotFoundException("study programme " + programmeId)));
    }
}
