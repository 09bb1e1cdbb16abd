package vn.eoffice.people;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the list of personnel records (hồ sơ cán bộ) holds exactly the records the person may open: the whole
 * agency for its leaders and personnel office, one's own record for everybody else, never another agency's.
 */
@IntegrationTest
class PeopleListFollowsAccessIntegrationTests {

    @Autowired PeopleQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = { "truongban", "lanhdao", "vanthu", "truongphong", "chuyenvien", "dinhthimai",
            "bithuxa", "chuyenvienxa" })
    void theListIsWhatThePersonMayOpen(String username) {
        var user = accounts.principal(username);
        assertThat(listed(user)).as(username).containsExactlyInAnyOrderElementsOf(allowed(user));
    }

    @org.junit.jupiter.api.Test
    void theComparisonIsNotEmpty() {
        var leader = accounts.principal("truongban");
        assertThat(listed(leader)).hasSizeGreaterThan(listed(accounts.principal("chuyenvien")).size());
    }

    private Set<Long> listed(CurrentUser user) {
        var ids = new HashSet<Long>();
        queries.list(user, "", null).forEach(row -> ids.add(row.id()));
        return ids;
    }

    /** Every record in the database that the person may open: the record's page answers 404 to the rest. */
    private Set<Long> allowed(CurrentUser user) {
        var ids = new HashSet<Long>();
        for (Long id : jdbc.queryForList("select id from cadre", Long.class)) {
            try {
                queries.profile(user, id);
                ids.add(id);
            } catch (NotFoundException hidden) {
                // someone else's record
            }
        }
        return ids;
    }
}
