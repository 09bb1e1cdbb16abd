package vn.eoffice.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.files.FileStorage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index commits about once a second; a crash between an entry's commit and the index's loses that change in the
 * index only. The catch-up run at start-up puts it back. That is also why the projection can listen outside Spring
 * Modulith's publication registry (ADR 0015).
 */
@IntegrationTest
class SearchCatchUpIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    @Autowired SearchCatchUp catchUp;
    @Autowired SearchProjection projection;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired SearchEntries entries;
    SearchFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(documents, registers, files, accounts, search);
    }

    @Test
    void aChangeTheIndexNeverReceivedIsIndexedByTheCatchUp() throws Exception {
        String before = SearchFixtures.marker();
        var document = fixtures.register("Báo cáo công tác dân vận " + before);
        assertThat(SearchFixtures.contains(fixtures.awaitHit("lanhdao", SearchQuery.of(before), document.getId()),
                document.getId())).isTrue();

        // what a crash leaves: the entry changed in the database, the index never told (plain SQL bypasses it)
        String after = SearchFixtures.marker();
        jdbc.update("update search_entry set summary = ?, updated_at = current_timestamp where document_id = ?",
                "Báo cáo công tác dân vận " + after, document.getId());
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of(after)).total()).isZero();

        assertThat(catchUp.run()).isPositive();

        var results = fixtures.awaitHit("lanhdao", SearchQuery.of(after), document.getId());
        assertThat(SearchFixtures.contains(results, document.getId())).isTrue();
        assertThat(search.search(fixtures.as("lanhdao"), SearchQuery.of(before)).total()).isZero();
    }

    @Test
    void aDocumentWhoseEntryWasNeverWrittenIsIndexedByTheCatchUp() throws Exception {
        String marker = SearchFixtures.marker();
        var document = fixtures.register("Thông báo kết luận giao ban " + marker);
        assertThat(SearchFixtures.contains(fixtures.awaitHit("lanhdao", SearchQuery.of(marker), document.getId()),
                document.getId())).isTrue();

        // what a crash leaves when the projection's queue in memory is lost: the document, no entry, no index entry
        transactions.executeWithoutResult(status -> entries.deleteById(document.getId()));
        assertThat(fixtures.await("lanhdao", SearchQuery.of(marker), Duration.ofSeconds(10),
                results -> !SearchFixtures.contains(results, document.getId())).total()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from search_entry where document_id = ?", Long.class,
                document.getId())).isZero();

        assertThat(catchUp.run()).isPositive();

        var results = fixtures.awaitHit("lanhdao", SearchQuery.of(marker), document.getId());
        assertThat(SearchFixtures.contains(results, document.getId())).isTrue();
    }

    @Test
    void anEntryThatFollowedEveryChangeIsNotReadAgain() throws Exception {
        var document = fixtures.register("Kế hoạch tuyên truyền " + SearchFixtures.marker());
        fixtures.awaitHit("lanhdao", SearchQuery.of(document.getSummary()), document.getId());
        Long version = jdbc.queryForObject("select version from search_entry where document_id = ?", Long.class,
                document.getId());

        catchUp.run();

        assertThat(jdbc.queryForObject("select version from search_entry where document_id = ?", Long.class,
                document.getId())).isEqualTo(version);
    }

    @Test
    void aCommittedDocumentIsSearchableWithoutAPublicationRecord() throws Exception {
        String marker = SearchFixtures.marker();
        var document = fixtures.register("Kế hoạch tuyên truyền " + marker);

        var results = fixtures.awaitHit("lanhdao", SearchQuery.of(marker), document.getId());

        assertThat(SearchFixtures.contains(results, document.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like ?", Long.class,
                SearchProjection.class.getName() + "%")).isZero();
    }

    @Test
    void aRolledBackRegistrationLeavesNoEntry() throws Exception {
        var id = new AtomicLong();
        transactions.executeWithoutResult(status -> {
            id.set(fixtures.register("Văn bản sẽ bị hủy " + SearchFixtures.marker()).getId());
            status.setRollbackOnly();
        });

        // what the listener does after the rollback, run here so that the test waits for it
        projection.refresh(id.get());

        assertThat(jdbc.queryForObject("select count(*) from search_entry where document_id = ?", Long.class,
                id.get())).isZero();
    }
}
