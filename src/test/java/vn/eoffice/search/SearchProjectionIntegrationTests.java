package vn.eoffice.search;

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

/** The projection listens after completion, outside Spring Modulith's publication registry. */
@IntegrationTest
class SearchProjectionIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    @Autowired SearchProjection projection;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    SearchFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(documents, registers, files, accounts, search);
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
