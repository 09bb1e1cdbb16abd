package vn.eoffice.monitoring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.monitoring.ReportFile;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.UploadedFiles;

/**
 * Hands a unit report's files to the files module (type sniffing, size and archive guards) before the report is saved.
 */
@Component
class ReportUploads {

    static final int MAX_FILES = 10;

    private final FileStorage storage;

    ReportUploads(FileStorage storage) {
        this.storage = storage;
    }

    List<ReportFile> store(CurrentUser user, List<MultipartFile> files) {
        var real = UploadedFiles.chosen(files);
        if (real.size() > MAX_FILES) {
            throw new DomainException("monitoring.files.tooMany", MAX_FILES);
        }
        var stored = new ArrayList<ReportFile>();
        for (MultipartFile file : real) {
            try (var in = file.getInputStream()) {
                var accepted = storage.store(file.getOriginalFilename(), in, user.id());
                stored.add(new ReportFile(accepted.id(), accepted.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }
}
