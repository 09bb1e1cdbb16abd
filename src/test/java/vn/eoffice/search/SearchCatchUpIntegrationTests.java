package vn.eoffice.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.files.FileStorage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index commits about once a second; a crash between an entry's commit and the index's loses that change in the
 * index only. The catch-up run at start-up puts it back.
 */
@IntegrationTest
class SearchCatchUpIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    @Autowired SearchCatchUp catchUp;
    @Autowired JdbcTemplate jdbc;
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
}
