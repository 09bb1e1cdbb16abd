package vn.eoffice.files;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/**
 * Who may read a stored file through the files module's own pages ("my files"): its uploader, by
 * {@link AccessControl}'s rule. A file that a document, task or meeting holds is read through that record, under the
 * record's rule.
 */
@Component
public class FileAccess {

    private final FileStorage storage;
    private final AccessControl control;

    FileAccess(FileStorage storage, AccessControl control) {
        this.storage = storage;
        this.control = control;
    }

    public boolean mayRead(CurrentUser user, StoredFile file) {
        return file != null && control.mayReadUpload(user, file.uploaderId());
    }

    /** The file if the user may read it; otherwise 404, so its existence is not revealed. */
    public StoredFile readable(CurrentUser user, Long fileId) {
        StoredFile file = storage.find(fileId);
        if (!mayRead(user, file)) {
            throw new NotFoundException("file " + fileId);
        }
        return file;
    }
}
