package vn.eoffice.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.documents.DocumentChange;
import vn.eoffice.documents.DocumentManagement;

/**
 * After a start, repairs what a crash (or a stop) took from search. The projection runs after each commit from a
 * queue in memory, so a crash can lose entries never written: the documents changed in the last {@link #LOOK_BACK}
 * whose entry is missing, older than their latest change, or without text while they have files are read again.
 * The index commits about once a second, so a crash can also lose its last changes: the entries changed shortly
 * before the newest change the index holds are indexed again.
 */
@Component
class SearchCatchUp {

    /** How far before the newest indexed change to look: far more than the commit interval or any indexing lag. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    /** How far back to look for documents the projection missed: its queue can lag far behind a burst. */
    static final Duration LOOK_BACK = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private static final int BATCH = 200;

    private final SearchEntries entries;
    private final SearchProjection projection;
    private final DocumentManagement documents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    SearchCatchUp(SearchEntries entries, SearchProjection projection, DocumentManagement documents,
            PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.projection = projection;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int count = run();
        if (count > 0) {
            log.info("Search index caught up with {} recently changed documents", count);
        }
    }

    /**
     * Writes the entries the projection missed, then re-indexes the recent entries; returns how many documents it
     * touched. An empty index with no recent change is left to a full re-index by an admin.
     */
    int run() {
        return refreshMissed() + reindexRecent();
    }

    private int refreshMissed() {
        List<DocumentChange> changes = documents.changedSince(Instant.now(clock).minus(LOOK_BACK));
        int count = 0;
        for (int from = 0; from < changes.size(); from += BATCH) {
            var batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            Map<Long, EntryState> states = transaction.execute(status -> entries
                    .states(batch.stream().map(DocumentChange::documentId).toList()).stream()
                    .collect(Collectors.toMap(EntryState::documentId, Function.identity())));
            for (var change : batch) {
                var state = states.get(change.documentId());
                if (state == null || state.behind(change.changedAt())) {
                    try {
                        projection.refresh(change.documentId());
                        count++;
                    } catch (RuntimeException e) {
                        // one document that cannot be read again must not keep the others out of search
                        log.warn("Search catch-up skipped document {}: {}", change.documentId(), e.toString());
                    }
                }
            }
        }
        return count;
    }

    private int reindexRecent() {
        Instant newest = transaction.execute(status -> newestIndexedChange());
        if (newest == null) {
            return 0;
        }
        List<Long> ids = transaction.execute(status -> entries.updatedSince(newest.minus(MARGIN)));
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            transaction.executeWithoutResult(status -> {
                var plan = Search.session(entityManager).indexingPlan();
                entries.findAllById(batch).forEach(plan::addOrUpdate);
            });
        }
        return ids.size();
    }

    private Instant newestIndexedChange() {
        List<Instant> newest = Search.session(entityManager).search(SearchEntry.class)
                .select(f -> f.field("updatedAt", Instant.class))
                .where(f -> f.matchAll())
                .sort(f -> f.field("updatedAt").desc())
                .fetchHits(1);
        return newest.isEmpty() ? null : newest.get(0);
    }
}
