package vn.eoffice.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.files.FileAccess;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.files.TextStatus;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;

@ApiController("/api/v1/files")
@Tag(name = "Files")
class FilesApiController {

    record Created(Long id, String name, String mediaType, long size, String sha256) {
    }

    record Metadata(Long id, String name, String mediaType, long size, String sha256, Instant createdAt,
            TextStatus textStatus) {

        static Metadata of(StoredFile file) {
            return new Metadata(file.id(), file.name(), file.mediaType(), file.size(), file.sha256(),
                    file.createdAt(), file.textStatus());
        }
    }

    private final FileStorage storage;
    private final FileAccess access;

    FilesApiController(FileStorage storage, FileAccess access) {
        this.storage = storage;
        this.access = access;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart part \"file\"); its type is checked from its content")
    ResponseEntity<Created> upload(@AuthenticationPrincipal CurrentUser user,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException(file == null ? "files.missing" : "files.empty");
        }
        StoredFile stored;
        try (InputStream in = file.getInputStream()) {
            stored = storage.store(file.getOriginalFilename(), in, user.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id()))
                .body(new Created(stored.id(), stored.name(), stored.mediaType(), stored.size(), stored.sha256()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Metadata of a file the caller may read")
    Metadata metadata(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return Metadata.of(access.readable(user, id));
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "The file's bytes, verified against their SHA-256 before sending")
    ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return FileDownloads.send(storage, access.readable(user, id));
    }
}
