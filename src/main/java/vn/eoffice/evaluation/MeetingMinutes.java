package vn.eoffice.evaluation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.files.FileAccess;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The collective meeting's minutes as a stored file: the recorder attaches a file he uploaded; whoever may view the
 * sheet downloads it (404 to anybody else); another's download is audited.
 */
@Service
@Transactional
public class MeetingMinutes {

    private final Sheets sheets;
    private final EvaluationAccess access;
    private final FileAccess files;
    private final vn.eoffice.files.FileStorage storage;
    private final AuditLog audit;

    MeetingMinutes(Sheets sheets, EvaluationAccess access, FileAccess files, vn.eoffice.files.FileStorage storage,
            AuditLog audit) {
        this.sheets = sheets;
        this.access = access;
        this.files = files;
        this.storage = storage;
        this.audit = audit;
    }

    /** Refuses a minutes file the user may not read (one he did not upload). */
    void check(CurrentUser user, Long fileId) {
        if (fileId == null) {
            return;
        }
        try {
            files.readable(user, fileId);
        } catch (NotFoundException e) {
            throw new DomainException("evaluation.meeting.file.unknown");
        }
    }

    /** The minutes file of a sheet, to whoever may view the sheet. */
    public StoredFile file(CurrentUser user, Long sheetId) {
        var sheet = access.visible(user, sheets.findById(sheetId)
                .orElseThrow(() -> new NotFoundException("evaluation sheet " + sheetId)));
        if (sheet.getMinutesFileId() == null) {
            throw new NotFoundException("minutes of sheet " + sheetId);
        }
        if (!user.id().equals(sheet.getUserId())) {
            audit.record("EVALUATION_MINUTES_READ", "EVALUATION_SHEET", sheetId, null);
        }
        return storage.find(sheet.getMinutesFileId());
    }

    /** Stores an uploaded minutes file for the user and returns its id. */
    public Long store(CurrentUser user, String name, java.io.InputStream content) {
        return storage.store(name, content, user.id()).id();
    }
}
