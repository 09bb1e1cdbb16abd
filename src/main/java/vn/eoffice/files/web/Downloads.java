package vn.eoffice.files.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;

/**
 * Sends a stored file as an attachment. The bytes are verified before the first byte leaves, so a damaged file gives
 * a clear message instead of a silently broken download; the Vietnamese name travels as RFC 5987 {@code filename*}.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> send(FileStorage storage, StoredFile file) {
        storage.verify(file.id());
        storage.recordDownload(file.id());
        var disposition = ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(storage.open(file.id())));
    }
}
