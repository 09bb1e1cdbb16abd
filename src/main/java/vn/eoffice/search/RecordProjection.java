package vn.eoffice.search;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.platform.BackgroundWork;
import vn.eoffice.platform.SearchableChanged;
import vn.eoffice.platform.SearchableSource;

/**
 * Keeps {@link RecordEntry} in step with the other modules' searchable records: after a change commits, reads the
 * record again from its {@link SearchableSource} and upserts (or removes) its entry. On start, projects the records
 * that have no entry yet (the demo data, records written while the application was down) and removes entries
 * whose record is gone.
 */
@Component
class RecordProjection {

    private static final Logger log = LoggerFactory.getLogger(RecordProjection.class);
    private static final int ATTEMPTS = 3;

    private final RecordEntries entries;
    private final Map<String, SearchableSource> sources;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RecordProjection(RecordEntries entries, List<SearchableSource> sources, PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.sources = sources.stream().collect(Collectors.toMap(SearchableSource::kind, Function.identity()));
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Async(BackgroundWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(SearchableChanged event) {
        refresh(event.kind(), event.id());
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int count = catchUp();
        if (count > 0) {
            log.info("Search projected {} records of tasks, meetings and monitoring", count);
        }
    }

    /** Projects every record without an entry and removes entries of records gone; returns how many it touched. */
    int catchUp() {
        int count = 0;
        for (var source : sources.values()) {
            var indexed = new HashSet<>(transaction.execute(status -> entries.idsOf(source.kind())));
            var current = new HashSet<>(transaction.execute(status -> source.ids()));
            for (Long id : current) {
                if (!indexed.contains(id)) {
                    count += safely(source.kind(), id);
                }
            }
            indexed.removeAll(current);
            for (Long id : indexed) {
                count += safely(source.kind(), id);
            }
        }
        return count;
    }

    private int safely(String kind, Long id) {
        try {
            refresh(kind, id);
            return 1;
        } catch (RuntimeException e) {
            // one record that cannot be read must not keep the others out of search
            log.warn("Search skipped {} {}: {}", kind, id, e.toString());
            return 0;
        }
    }

    /** Upserts one entry; two refreshes of the same record racing each other are retried, not lost. */
    void refresh(String kind, Long id) {
        var source = sources.get(kind);
        if (source == null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> upsert(source, id));
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Retrying the search entry of {} {}: {}", kind, id, e.toString());
            }
        }
    }

    private void upsert(SearchableSource source, Long id) {
        String key = RecordEntry.key(source.kind(), id);
        var found = source.find(id);
        if (found.isEmpty()) {
            entries.findById(key).ifPresent(entries::delete);
            return;
        }
        var entry = entries.findById(key).orElseGet(() -> new RecordEntry(source.kind(), id));
        entry.update(found.get(), Instant.now(clock));
        entries.save(entry);
    }
}
