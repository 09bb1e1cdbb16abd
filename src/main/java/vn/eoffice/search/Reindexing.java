package vn.eoffice.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;

/**
 * Rebuilds the indexes from the search entries (documents, and other modules' records) in the background (after switching backends, or if the index
 * directory was lost) and reports its progress. One re-index at a time.
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchEntries entries;
    private final RecordEntries records;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<ReindexProgress> last =
            new AtomicReference<>(new ReindexProgress(ReindexProgress.State.IDLE, 0, 0, null, null));
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    Reindexing(EntityManagerFactory entityManagerFactory, SearchEntries entries, RecordEntries records,
            AuditLog audit, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.entries = entries;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a re-index unless one is running; returns the progress either way. */
    @Transactional
    public synchronized ReindexProgress start() {
        if (last.get().running()) {
            return progress();
        }
        done.set(0);
        total.set(entries.count() + records.count());
        Instant started = Instant.now(clock);
        last.set(new ReindexProgress(ReindexProgress.State.RUNNING, 0, 0, started, null));
        audit.record("SEARCH_REINDEX_STARTED", "SEARCH_INDEX", null, total.get() + " documents and records");
        Search.mapping(entityManagerFactory).scope(java.util.List.of(SearchEntry.class, RecordEntry.class))
                .massIndexer()
                .threadsToLoadObjects(1)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> finish(started, failure));
        return progress();
    }

    public ReindexProgress progress() {
        var state = last.get();
        return new ReindexProgress(state.state(), done.get(), Math.max(total.get(), done.get()), state.startedAt(),
                state.finishedAt());
    }

    private void finish(Instant started, Throwable failure) {
        if (failure != null) {
            log.error("Re-indexing failed", failure);
        }
        last.set(new ReindexProgress(failure == null ? ReindexProgress.State.DONE : ReindexProgress.State.FAILED,
                done.get(), total.get(), started, Instant.now(clock)));
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
