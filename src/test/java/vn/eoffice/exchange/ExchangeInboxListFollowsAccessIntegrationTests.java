package vn.eoffice.exchange;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: the exchange inbox (văn bản điện tử đến qua trục liên thông) lists exactly the packages the clerk may
 * open (his agency's), and a person who is not a clerk may neither list nor open one.
 */
@IntegrationTest
class ExchangeInboxListFollowsAccessIntegrationTests {

    @Autowired ExchangeInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = { "vanthu", "vanthuxa" })
    void theListIsWhatTheClerkMayOpen(String username) {
        var clerk = accounts.principal(username);
        assertThat(listed(clerk)).as(username).containsExactlyInAnyOrderElementsOf(allowed(clerk));
        assertThat(waiting(clerk)).as(username).isSubsetOf(listed(clerk));
    }

    @ParameterizedTest
    @ValueSource(strings = { "truongban", "chuyenvien", "bithuxa" })
    void whoIsNotAClerkNeitherListsNorOpens(String username) {
        var user = accounts.principal(username);
        assertThatThrownBy(() -> listed(user)).isInstanceOf(AccessDeniedException.class);
        for (Long id : jdbc.queryForList("select id from exchange_inbox", Long.class)) {
            assertThatThrownBy(() -> inbox.get(user, id)).isInstanceOfAny(AccessDeniedException.class,
                    NotFoundException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void theCommissionsClerkHasTheDemoPackageToCompare() {
        assertThat(listed(accounts.principal("vanthu"))).isNotEmpty();
    }

    private Set<Long> listed(CurrentUser clerk) {
        var ids = new HashSet<Long>();
        inbox.all(clerk, PageRequest.of(0, 100_000)).forEach(entry -> ids.add(entry.getId()));
        return ids;
    }

    private Set<Long> waiting(CurrentUser clerk) {
        var ids = new HashSet<Long>();
        inbox.waiting(clerk, PageRequest.of(0, 100_000)).forEach(entry -> ids.add(entry.getId()));
        return ids;
    }

    /** Every package in the database that the clerk may open: the package's page answers 404 to the rest. */
    private Set<Long> allowed(CurrentUser clerk) {
        var ids = new HashSet<Long>();
        for (Long id : jdbc.queryForList("select id from exchange_inbox", Long.class)) {
            try {
                inbox.get(clerk, id);
                ids.add(id);
            } catch (NotFoundException hidden) {
                // another agency's package
            }
        }
        return ids;
    }
}
