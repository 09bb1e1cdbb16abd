package vn.eoffice.files;

import java.time.Instant;

/**
 * An accepted upload as other modules see it: the safe display name, the type detected from content and the
 * SHA-256 of the bytes.
 */
public record StoredFile(Long id, String name, String mediaType, long size, String sha256, Long uploaderId,
        Instant createdAt, TextStatus textStatus) {
}
