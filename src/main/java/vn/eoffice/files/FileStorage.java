package vn.eoffice.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.files.inspect.ContentInspector;
import vn.eoffice.files.inspect.FileNames;
import vn.eoffice.files.inspect.FileType;
import vn.eoffice.files.store.BinaryStore;
import vn.eoffice.files.store.Spool;
import vn.eoffice.files.store.VerifyingInputStream;
import vn.eoffice.files.text.TextExtractor;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The files module's facade: accepts uploads (checked from content, stored once per distinct content) and hands
 * their bytes back with an integrity check. Refusals are {@link DomainException}s with a Vietnamese message key.
 */
@Service
public class FileStorage {

    static final String OBJECT_TYPE = "FILE";

    private final FileEntries entries;
    private final BinaryStore blobs;
    private final ContentInspector inspector;
    private final FilesProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FileStorage(FileEntries entries, BinaryStore blobs, ContentInspector inspector, FilesProperties properties,
            AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.blobs = blobs;
        this.inspector = inspector;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Accepts an upload. The content is spooled and inspected before anything is stored, and the database row is
     * written in a short transaction of its own, so a slow upload never holds a connection; called within a
     * transaction (content already in memory), the row joins it and commits or rolls back with the caller's work.
     */
    public StoredFile store(String originalName, InputStream content, Long uploaderId) {
        String name = FileNames.sanitize(originalName);
        try (Spool spool = Spool.of(content, properties.maxFileSize().toBytes(), blobs.spoolDirectory())) {
            FileType type = inspector.inspect(spool.path(), name);
            String shownName = FileNames.matching(name, type);
            blobs.putSpooled(spool.sha256(), spool.path(), spool.size());
            return transaction.execute(status -> register(spool, type, shownName, uploaderId));
        } catch (DomainException e) {
            audit.recordAttempt("FILE_REFUSED", OBJECT_TYPE, null, name + ": " + e.messageKey(), Outcome.DENIED);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile register(Spool spool, FileType type, String name, Long uploaderId) {
        var status = TextExtractor.extracts(type) ? TextStatus.PENDING : TextStatus.NONE;
        var entry = entries.save(new FileEntry(spool.sha256(), spool.size(), type.mediaType(), name, uploaderId,
                Instant.now(clock), status));
        audit.record("FILE_STORED", OBJECT_TYPE, entry.getId(),
                name + " (" + type.mediaType() + ", " + spool.size() + " B, sha256 " + spool.sha256() + ")");
        events.publishEvent(new FileStored(entry.getId(), entry.getSha256(), entry.getMediaType()));
        return entry.summary();
    }

    /** The largest upload accepted, for telling users before they try. */
    public long maxFileSizeMegabytes() {
        return properties.maxFileSize().toMegabytes();
    }

    @Transactional(readOnly = true)
    public StoredFile find(Long fileId) {
        return summary(fileId);
    }

    @Transactional(readOnly = true)
    public Page<StoredFile> uploadedBy(Long uploaderId, Pageable pageable) {
        return entries.findByUploaderIdOrderByCreatedAtDescIdDesc(uploaderId, pageable).map(FileEntry::summary);
    }

    /** The text extracted for search, once extraction has run. */
    @Transactional(readOnly = true)
    public Optional<String> text(Long fileId) {
        var found = entries.findExtractedTextById(fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        return Optional.ofNullable(found.text());
    }

    /**
     * The file's bytes. The stream throws {@link CorruptedFileException} at its end if they no longer match the
     * recorded SHA-256; read it to the end before trusting it, or call {@link #verify} first.
     */
    public InputStream open(Long fileId) {
        StoredFile file = summary(fileId);
        try {
            return new VerifyingInputStream(blobs.get(file.sha256()), file.sha256(), file.size());
        } catch (NoSuchFileException e) {
            throw new CorruptedFileException(file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole file and throws {@link CorruptedFileException} if its bytes are damaged or missing. */
    public void verify(Long fileId) {
        try (InputStream in = open(fileId)) {
            in.transferTo(OutputStreamDiscard.INSTANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records in the audit log that the current user downloaded the file. */
    @Transactional
    public void recordDownload(Long fileId) {
        audit.record("FILE_DOWNLOADED", OBJECT_TYPE, fileId, summary(fileId).name());
    }

    /** Records in the audit log that the current user opened the file in the inline viewer. */
    @Transactional
    public void recordView(Long fileId) {
        audit.record("FILE_VIEWED", OBJECT_TYPE, fileId, summary(fileId).name());
    }

    private StoredFile summary(Long fileId) {
        return entries.findSummaryById(fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
    }
}
