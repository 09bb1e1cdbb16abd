package vn.eoffice.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.search.DocumentSearch;
import vn.eoffice.search.ReindexProgress;
import vn.eoffice.search.Reindexing;
import vn.eoffice.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search latency over a large index (run with {@code bench/search.sh}; not part of the suite). The search module's
 * projection rows are generated in bulk (realistic Vietnamese summaries, issuers and body text), the index is rebuilt
 * with the mass indexer, then 200 queries run, half with diacritics and half without, for a leader (whole agency)
 * and for an officer (unit-scoped filter). Prints the figures; asserts only that results came back.
 */
@IntegrationTest
class SearchBenchmark {

    private static final long FIRST_ID = 10_000_000L;
    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 100_000);
    private static final List<String> QUERIES = List.of("tuyên truyền", "Đảng ủy", "nghị quyết đại hội", "dân vận",
            "tin giả", "báo cáo viên", "tôn giáo", "kỷ niệm thành lập Đảng", "điển hình dân vận khéo", "tư tưởng");

    @Autowired JdbcTemplate jdbc;
    @Autowired Reindexing reindexing;
    @Autowired DocumentSearch search;
    @Autowired UserDetailsService accounts;
    @Autowired Environment environment;

    @Test
    void measure() throws Exception {
        var leader = (CurrentUser) accounts.loadUserByUsername("lanhdao");
        var officer = (CurrentUser) accounts.loadUserByUsername("chuyenvien");
        generate(leader.agencyId(), officer.unitId());
        long start = System.nanoTime();
        reindexing.start();
        ReindexProgress progress;
        do {
            Thread.sleep(500);
            progress = reindexing.progress();
        } while (progress.running());
        System.out.printf("%n=== eOffice search benchmark (%s) ===%n", environment.getProperty("spring.datasource.url"));
        System.out.printf("mass indexing of %,d entries: %.1f s (%s)%n", progress.done(),
                (System.nanoTime() - start) / 1e9, progress.state());

        var queries = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            queries.add(q);
            queries.add(Generator.fold(q));
        }
        report("leader (whole agency)", leader, queries);
        report("officer (unit-scoped)", officer, queries);
    }

    private void report(String who, CurrentUser user, List<String> queries) {
        var nanos = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            var results = search.search(user, new SearchQuery(queries.get(i), null, null, null, null, null, null,
                    null, 0, 20));
            nanos[i] = System.nanoTime() - t;
            hits += results.total();
        }
        Arrays.sort(nanos);
        System.out.printf("%-22s %d queries (half without diacritics): p50 %.1f ms, p95 %.1f ms, %,d hits in all%n",
                who, queries.size(), nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, hits);
        assertThat(hits).isPositive();
    }

    private void generate(Long agencyId, Long unitId) {
        jdbc.update("delete from search_entry where document_id >= ?", FIRST_ID);
        var now = Timestamp.from(Instant.now());
        var batch = new ArrayList<Object[]>();
        for (long i = 0; i < DOCUMENTS; i++) {
            batch.add(new Object[] { FIRST_ID + i, agencyId, "REGISTERED", "BC", (i % 900 + 1) + "-BC/ĐU",
                    Generator.summary(i), Generator.issuer(i), java.sql.Date.valueOf(LocalDate.of(2026, 1, 1)
                            .plusDays(i % 330)), i % 4 == 0 ? unitId : null, Generator.body(i), now });
            if (batch.size() == 5_000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into search_entry (document_id, agency_id, direction, status, type_code, notation, summary,
                  issuer_name, arrival_date, urgency, secrecy, owner_unit_id, content, updated_at, version)
                values (?, ?, 'INCOMING', ?, ?, ?, ?, ?, ?, 'NORMAL', 'NONE', ?, ?, ?, 0)""", batch);
        batch.clear();
    }
}
