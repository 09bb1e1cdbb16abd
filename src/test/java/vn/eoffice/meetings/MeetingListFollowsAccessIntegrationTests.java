package vn.eoffice.meetings;

import java.time.Duration;
import java.time.Instant;
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
 * Issue 18: a person's list of meetings ("Lịch họp của tôi", every meeting of the agency for a leader) holds exactly
 * the meetings in the period that the person may open, for every demo user and for a deputy standing in for one.
 */
@IntegrationTest
class MeetingListFollowsAccessIntegrationTests {

    private static final Duration YEAR = Duration.ofDays(366);

    @Autowired MeetingQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;

    @ParameterizedTest
    @ValueSource(strings = { "truongban", "lanhdao", "vanthu", "truongphong", "chuyenvien", "dinhthimai",
            "bithuxa", "chuyenvienxa" })
    void theListIsWhatThePersonMayOpen(String username) {
        var user = accounts.principal(username);
        assertThat(listed(user)).as(username).containsExactlyInAnyOrderElementsOf(allowedInPeriod(user));
    }

    @ParameterizedTest
    @ValueSource(strings = { "chuyenvien", "truongphong" })
    void aDeputySeesTheMeetingsOfTheAbsentColleague(String username) {
        var colleague = accounts.principal(username);
        var deputy = accounts.create(Role.OFFICER);
        users.delegate(colleague.id(), deputy.getId(), OfficeDate.today(), OfficeDate.today().plusDays(1), "công tác");
        var standingIn = users.actFor(accounts.principal(deputy.getUsername()), colleague.id());
        assertThat(listed(standingIn)).containsAll(listed(colleague));
        assertThat(listed(standingIn)).containsExactlyInAnyOrderElementsOf(allowedInPeriod(standingIn));
    }

    private Set<Long> listed(CurrentUser user) {
        var ids = new HashSet<Long>();
        var now = Instant.now();
        queries.mine(user, now.minus(YEAR), now.plus(YEAR), true).forEach(row -> ids.add(row.meeting().id()));
        return ids;
    }

    /**
     * Every meeting of the person's agency held in the period (as the agency's leaders list them all) that the
     * person may open: the meeting's page answers 404 to the rest.
     */
    private Set<Long> allowedInPeriod(CurrentUser user) {
        var leader = jdbc.queryForList("select u.username from app_user u join user_role r on r.user_id = u.id "
                + "where u.agency_id = ? and r.role = 'LEADER' and u.enabled = true order by u.id", String.class, user.agencyId());
        var inPeriod = leader.isEmpty() ? Set.<Long>of() : listed(accounts.principal(leader.get(0)));
        var ids = new HashSet<Long>();
        for (Long id : inPeriod) {
            try {
                queries.meeting(user, id);
                ids.add(id);
            } catch (NotFoundException hidden) {
                // a meeting the person takes no part in
            }
        }
        return ids;
    }
}
