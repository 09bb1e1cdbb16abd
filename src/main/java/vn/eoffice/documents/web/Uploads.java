package vn.eoffice.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.documents.AttachedFile;
import vn.eoffice.files.FileAccess;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.UploadedFiles;

/**
 * Hands a document's uploaded files to the files module (which checks type, size and archives) before the
 * document is registered; the first file is the main one.
 */
@Component
class Uploads {

    static final int MAX_FILES = 20;

    private final FileStorage storage;
    private final FileAccess access;

    Uploads(FileStorage storage, FileAccess access) {
        this.storage = storage;
        this.access = access;
    }

    /**
     * Files stored on an earlier, refused post of the same form and carried back by their ids: only the person's own
     * uploads are accepted (another's id is "not found", so its existence is not revealed).
     */
    List<AttachedFile> kept(CurrentUser user, List<Long> fileIds) {
        if (fileIds == null) {
            return List.of();
        }
        return fileIds.stream().distinct().map(id -> access.readable(user, id))
                .map(file -> new AttachedFile(file.id(), file.name())).toList();
    }

    /**
     * What a refused form carries back so that nothing chosen is lost: the files kept earlier and those chosen this
     * time, now stored. {@code keep} false (a secret paper whose files this office does not keep) stores nothing.
     */
    List<AttachedFile> carry(CurrentUser user, List<Long> keptIds, List<MultipartFile> chosen, boolean keep) {
        if (!keep) {
            return List.of();
        }
        var carried = new ArrayList<>(kept(user, keptIds));
        try {
            carried.addAll(store(user, chosen));
        } catch (DomainException refused) {
            // a file the store refuses (type, size, empty) is reported by the registration itself; keep the others
        }
        return carried;
    }

    /** The draft's body, or {@code null} when none was chosen; a chosen file of 0 bytes is refused, not dropped. */
    AttachedFile storeBody(CurrentUser user, MultipartFile body) {
        var stored = store(user, body == null ? null : List.of(body));
        return stored.isEmpty() ? null : stored.get(0);
    }

    List<AttachedFile> store(CurrentUser user, List<MultipartFile> files) {
        var attached = new ArrayList<AttachedFile>();
        if (files == null) {
            return attached;
        }
        var real = UploadedFiles.chosen(files);
        if (real.size() > MAX_FILES) {
            throw new DomainException("document.files.tooMany", MAX_FILES);
        }
        for (MultipartFile file : real) {
            try (var in = file.getInputStream()) {
                var stored = storage.store(file.getOriginalFilename(), in, user.id());
                attached.add(new AttachedFile(stored.id(), stored.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return attached;
    }
}
