package vn.eoffice.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import vn.eoffice.files.inspect.FileType;
import vn.eoffice.files.text.TextExtractor;

/**
 * Extracts text after the upload has committed, on a small pool of its own ({@code eoffice.files.text-extraction-threads}),
 * so uploads stay fast. A file that cannot be read is marked FAILED; the upload itself stands. Files left PENDING by a
 * crash are picked up again by {@link TextExtractionRecovery}.
 */
@Component
class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final FileEntries entries;
    private final FileStorage storage;
    private final TextExtractor extractor;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers;

    TextExtraction(FileEntries entries, FileStorage storage, TextExtractor extractor,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, FilesProperties properties) {
        // CPU-heavy background work gets a small pool of its own so that a burst of uploads never starves requests
        var threads = new CustomizableThreadFactory("text-");
        threads.setDaemon(true);
        this.workers = Executors.newFixedThreadPool(Math.max(1, properties.textExtractionThreads()), threads);
        this.events = events;
        this.entries = entries;
        this.storage = storage;
        this.extractor = extractor;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Queues the extraction once the upload commits. A plain listener with its own after-commit hook rather than a
     * {@code @TransactionalEventListener}: Spring Modulith tracks those in its registry from the committing thread,
     * which takes a second pooled connection while the first is still held, and a burst of uploads then starves the
     * pool. Nothing is lost without the registry: {@link TextExtractionRecovery} picks up files left pending.
     */
    @EventListener
    void on(FileStored event) {
        FileType type = FileType.ofMediaType(event.mediaType());
        if (!TextExtractor.extracts(type)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(event.fileId(), type);
                }
            });
        } else {
            queue(event.fileId(), type);
        }
    }

    void queue(Long fileId, FileType type) {
        workers.execute(() -> extractAndKeep(fileId, type));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Extracts the text of one file and keeps it; runs again safely on a file already done. */
    void extractAndKeep(Long fileId, FileType type) {
        String text;
        try {
            text = extract(fileId, type);
        } catch (IOException | RuntimeException e) {
            log.warn("Text extraction failed for file {}: {}", fileId, e.toString());
            text = null;
        }
        String result = text;
        transaction.executeWithoutResult(status -> entries.findById(fileId)
                .filter(entry -> entry.getTextStatus() == TextStatus.PENDING)
                .ifPresent(entry -> {
                    if (result == null) {
                        entry.textFailed();
                    } else {
                        entry.textExtracted(result);
                        events.publishEvent(new FileTextExtracted(fileId));
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
