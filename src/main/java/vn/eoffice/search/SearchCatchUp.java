package vn.eoffice.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

/**
 * After a start, indexes again the entries changed shortly before the newest change the index holds. The index
 * commits about once a second, so a crash can lose its last changes; the entries themselves are in the database.
 */
@Component
class SearchCatchUp {

    /** How far before the newest indexed change to look: far more than the commit interval or any indexing lag. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private static final int BATCH = 200;

    private final SearchEntries entries;
    private final TransactionTemplate transaction;

    @PersistenceContext
    private EntityManager entityManager;

    SearchCatchUp(SearchEntries entries, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int count = run();
        if (count > 0) {
            log.info("Search index caught up with {} recently changed documents", count);
        }
    }

    /** Re-indexes the recent entries; returns how many. An empty index is left to a full re-index by an admin. */
    int run() {
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
