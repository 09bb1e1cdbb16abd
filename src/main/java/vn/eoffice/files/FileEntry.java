package vn.eoffice.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One accepted upload: who sent it under which name; the bytes are the blob with this SHA-256, shared by every upload
 * of identical content.
 */
@Entity
@Table(name = "stored_file")
class FileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sha256;
    @Column(name = "size_bytes")
    private long size;
    private String mediaType;
    private String originalName;
    private Long uploaderId;
    private Instant createdAt;
    @Column(length = 1_000_000)
    private String extractedText;
    @Enumerated(EnumType.STRING)
    private TextStatus textStatus;
    @Version
    private long version;

    protected FileEntry() {
    }

    FileEntry(String sha256, long size, String mediaType, String originalName, Long uploaderId, Instant createdAt,
            TextStatus textStatus) {
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.originalName = originalName;
        this.uploaderId = uploaderId;
        this.createdAt = createdAt;
        this.textStatus = textStatus;
    }

    void textExtracted(String text) {
        this.extractedText = text;
        this.textStatus = TextStatus.EXTRACTED;
    }

    void textFailed() {
        this.extractedText = null;
        this.textStatus = TextStatus.FAILED;
    }

    StoredFile summary() {
        return new StoredFile(id, originalName, mediaType, size, sha256, uploaderId, createdAt, textStatus);
    }

    Long getId() {
        return id;
    }

    String getSha256() {
        return sha256;
    }

    long getSize() {
        return size;
    }

    String getMediaType() {
        return mediaType;
    }

    String getExtractedText() {
        return extractedText;
    }

    TextStatus getTextStatus() {
        return textStatus;
    }
}
