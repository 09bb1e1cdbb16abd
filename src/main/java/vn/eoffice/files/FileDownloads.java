package vn.eoffice.files;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;


/**
 * Sends a stored file (for any module's download endpoint, after its own access check) as an attachment. The bytes are verified before the first byte leaves, so a damaged file gives
 * a clear message instead of a silently broken download; the Vietnamese name travels as RFC 5987 {@code filename*}.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static ResponseEntity<InputStreamResource> send(FileStorage storage, StoredFile file) {
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
