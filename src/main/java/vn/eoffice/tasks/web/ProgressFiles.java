package vn.eoffice.tasks.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.UploadedFiles;
import vn.eoffice.tasks.TaskFile;
import vn.eoffice.tasks.TaskQueries;

/**
 * Progress-update files: uploads go through the files module (type sniffing, size and archive guards) before the
 * update is recorded; downloads are served only to people who may see the task.
 */
@Component
class ProgressFiles {

    private final FileStorage storage;
    private final TaskQueries queries;

    ProgressFiles(FileStorage storage, TaskQueries queries) {
        this.storage = storage;
        this.queries = queries;
    }

    List<TaskFile> store(CurrentUser user, List<MultipartFile> files) {
        var real = UploadedFiles.chosen(files);
        if (real.size() > TaskFile.MAX_PER_UPDATE) {
            throw new DomainException("task.files.tooMany", TaskFile.MAX_PER_UPDATE);
        }
        var stored = new ArrayList<TaskFile>();
        for (MultipartFile file : real) {
            try (var in = file.getInputStream()) {
                var accepted = storage.store(file.getOriginalFilename(), in, user.id());
                stored.add(new TaskFile(accepted.id(), accepted.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    ResponseEntity<InputStreamResource> download(Long taskId, Long fileId, CurrentUser user) {
        return FileDownloads.send(storage, storage.find(queries.progressFile(taskId, fileId, user)));
    }
}
