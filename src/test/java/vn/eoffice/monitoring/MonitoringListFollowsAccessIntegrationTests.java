package vn.eoffice.monitoring;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the list of monitored Party documents shows exactly those the person may open, item by item (the
 * resolutions the agency carries out are open to its people; other agencies' are not), for every demo user and for
 * a deputy standing in for one of them.
 */
@IntegrationTest
class MonitoringListFollowsAccessIntegrationTests {

    @Autowired MonitoringQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;

    @ParameterizedTest
    @ValueSource(strings = { "truongban", "lanhdao", "vanthu", "truongphong", "chuyenvien", "dinhthimai",
            "bithuxa", "chuyenvienxa" })
    void theListIsWhatThePersonMayOpen(String username) {
        var user = accounts.principal(username);
        assertThat(listed(user)).as(username).containsExactlyInAnyOrderElementsOf(allowed(user));
    }

    @ParameterizedTest
    @ValueSource(strings = { "chuyenvien", "truongphong" })
    void aDeputySeesWhatTheAbsentColleagueSees(String username) {
        var colleague = accounts.principal(username);
        var deputy = accounts.create(Role.OFFICER);
        users.delegate(colleague.id(), deputy.getId(), OfficeDate.today(), OfficeDate.today().plusDays(1), "công tác");
        var standingIn = users.actFor(accounts.principal(deputy.getUsername()), colleague.id());
        assertThat(listed(standingIn)).containsExactlyInAnyOrderElementsOf(listed(colleague));
        assertThat(allowed(standingIn)).containsExactlyInAnyOrderElementsOf(allowed(colleague));
    }

    private Set<Long> listed(CurrentUser user) {
        var ids = new HashSet<Long>();
        queries.list(user).forEach(row -> ids.add(row.document().id()));
        return ids;
    }

    /** Every monitored document in the database that the person may open: the page answers 404 to the rest. */
    private Set<Long> allowed(CurrentUser user) {
        var ids = new HashSet<Long>();
        for (Long id : jdbc.queryForList("select id from monitored_document", Long.class)) {
            try {
                queries.summary(user, id);
                ids.add(id);
            } catch (NotFoundException hidden) {
                // another agency's
            }
        }
        return ids;
    }
}
