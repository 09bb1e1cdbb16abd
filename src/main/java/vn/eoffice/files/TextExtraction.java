package vn.eoffice.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.files.inspect.FileType;
import vn.eoffice.files.text.TextExtractor;

/**
 * Extracts text after the upload has committed, on another thread, so uploads stay fast. A file that cannot be read
 * is marked FAILED; the upload itself stands.
 */
@Component
class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final FileEntries entries;
    private final FileStorage storage;
    private final TextExtractor extractor;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    TextExtraction(FileEntries entries, FileStorage storage, TextExtractor extractor,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.storage = storage;
        this.extractor = extractor;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Async
    @TransactionalEventListener
    void on(FileStored event) {
        FileType type = FileType.ofMediaType(event.mediaType());
        if (!TextExtractor.extracts(type)) {
            return;
        }
        String text;
        try {
            text = extract(event.fileId(), type);
        } catch (IOException | RuntimeException e) {
            log.warn("Text extraction failed for file {}: {}", event.fileId(), e.toString());
            text = null;
        }
        String result = text;
        transaction.executeWithoutResult(status -> entries.findById(event.fileId()).ifPresent(entry -> {
            if (result == null) {
                entry.textFailed();
            } else {
                entry.textExtracted(result);
                events.publishEvent(new FileTextExtracted(event.fileId()));
            }
        }));
    }

    private String extract(Long fileId, FileType type) throws IOException {
        Path copy = Files.createTempFile("eoffice-text-", ".tmp");
        try {
            // Copied through the verifying stream: text is never taken from damaged bytes.
            try (InputStream in = storage.open(fileId)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return extractor.extract(type, copy).orElse("");
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
