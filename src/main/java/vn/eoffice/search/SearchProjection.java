package vn.eoffice.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.documents.DocumentChanged;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.FileTextExtracted;
import vn.eoffice.platform.BackgroundWork;

/**
 * Keeps {@link SearchEntry} in step with the documents: after a document's change commits, reads it again and
 * upserts its entry; Hibernate Search indexes the entry when that commits. A file whose text arrives later refreshes
 * the entries that reference it.
 */
@Component
class SearchProjection {

    private static final Logger log = LoggerFactory.getLogger(SearchProjection.class);
    private static final int ATTEMPTS = 8;

    private final SearchEntries entries;
    private final DocumentManagement documents;
    private final FileStorage files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SearchProjection(SearchEntries entries, DocumentManagement documents, FileStorage files,
            PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.documents = documents;
        this.files = files;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /*
     * After completion, not after commit: Spring Modulith keeps a publication record for every after-commit listener
     * (an insert and two updates, each with its commit, per event), and the projection needs none. SearchCatchUp
     * repairs what a crash loses, and after a rollback the refresh simply finds the document as it was, or gone.
     */
    @Async(BackgroundWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(DocumentChanged event) {
        refresh(event.documentId());
    }

    @Async(BackgroundWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(FileTextExtracted event) {
        entries.documentsWithFile(event.fileId()).forEach(this::refresh);
    }

    /**
     * Upserts one entry; two refreshes of the same document racing each other are retried, not lost. A file whose
     * text was still pending is checked again after the commit: its extraction either committed before that check
     * (so refresh once more) or after the entry was committed (so its event finds the entry).
     */
    void refresh(Long documentId) {
        List<Long> pending = upsertWithRetry(documentId);
        if (pending.stream().anyMatch(fileId -> files.text(fileId).isPresent())) {
            upsertWithRetry(documentId);
        }
    }

    private List<Long> upsertWithRetry(Long documentId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> upsert(documentId));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Retrying the search entry of document {}: {}", documentId, e.toString());
                // the start's catch-up and the registration's own event may write the same entry at once: let the
                // other writer commit before reading the entry again
                pauseBeforeRetry(attempt);
            }
        }
    }

    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the files whose text was not there yet. A document that is gone (never committed) has no entry. */
    private List<Long> upsert(Long documentId) {
        var found = documents.findSnapshot(documentId);
        if (found.isEmpty()) {
            entries.findById(documentId).ifPresent(entries::delete);
            return List.of();
        }
        var document = found.get();
        var entry = entries.findById(documentId).orElseGet(() -> new SearchEntry(documentId));
        var pending = new ArrayList<Long>();
        entry.update(document, content(document.fileIds(), pending), Instant.now(clock));
        entries.save(entry);
        return pending;
    }

    /** The files' extracted text, joined and capped so one huge file cannot swell the index. */
    private String content(List<Long> fileIds, List<Long> pending) {
        var text = new StringBuilder();
        for (Long fileId : fileIds) {
            files.text(fileId).ifPresentOrElse(t -> text.append(t).append('\n'), () -> pending.add(fileId));
            if (text.length() >= SearchEntry.CONTENT_LIMIT) {
                break;
            }
        }
        String joined = text.toString().strip();
        if (joined.length() > SearchEntry.CONTENT_LIMIT) {
            joined = joined.substring(0, SearchEntry.CONTENT_LIMIT);
        }
        return joined.isEmpty() ? null : joined;
    }
}
