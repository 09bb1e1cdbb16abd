package vn.eoffice.files;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.NotFoundException;

/**
 * The one rule of who may read a stored file. For now only its uploader; modules that attach files to documents,
 * tasks or meetings will widen it here.
 */
@Component
public class FileAccess {

    private final FileStorage storage;

    FileAccess(FileStorage storage) {
        this.storage = storage;
    }

    public boolean mayRead(CurrentUser user, StoredFile file) {
        return user != null && file != null && Objects.equals(user.id(), file.uploaderId());
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
