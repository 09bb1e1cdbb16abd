package vn.eoffice.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A box holding more than the count limit is counted only that far: the page still comes in urgency order, the
 * total says "at least", and the badge stops at "99+". Rows are inserted and rolled back inside the test.
 */
@IntegrationTest
@Transactional
class InboxCountIntegrationTests {

    private static final int MANY = DocumentQueries.COUNT_LIMIT + 50;

    @Autowired DocumentQueries queries;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void countsALargeBoxOnlyUpToTheLimitAndStillPagesInOrder() {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        // exactly, not the badge's count (which stops at 100: other tests of this context register documents too)
        var already = queries.incoming(clerk, Box.REGISTERED, PageRequest.of(0, 1));
        assertThat(DocumentQueries.totalIsLowerBound(already)).isFalse();
        long before = already.getTotalElements();
        assertThat(before).isLessThan(DocumentQueries.BADGE_LIMIT);
        insertRegistered(clerk, MANY);

        var first = queries.incoming(clerk, Box.REGISTERED, PageRequest.of(0, 20));
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalElements()).isEqualTo(DocumentQueries.COUNT_LIMIT + 1);
        assertThat(DocumentQueries.totalIsLowerBound(first)).isTrue();
        assertThat(first.hasNext()).isTrue();
        // urgent documents first (every tenth inserted one is urgent)
        assertThat(first.getContent().get(0).urgency().isUrgent()).isTrue();
        assertThat(first.getContent()).extracting(row -> -row.urgency().ordinal()).isSorted();

        int last = (int) ((before + MANY - 1) / 20);
        var deep = queries.incoming(clerk, Box.REGISTERED, PageRequest.of(last, 20));
        assertThat(deep.getContent()).isNotEmpty();
        assertThat(deep.getTotalElements()).isEqualTo(before + MANY);
        assertThat(DocumentQueries.totalIsLowerBound(deep)).isFalse();
        assertThat(deep.hasNext()).isFalse();

        assertThat(queries.counts(clerk).get(Box.REGISTERED)).isEqualTo(DocumentQueries.BADGE_LIMIT + 1);
        assertThat(DocumentQueries.badge(queries.counts(clerk).get(Box.REGISTERED))).isEqualTo("99+");
    }

    @Test
    void smallBoxesKeepTheirExactTotal() {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        long before = queries.counts(clerk).get(Box.REGISTERED);
        insertRegistered(clerk, 7);
        var page = queries.incoming(clerk, Box.REGISTERED, PageRequest.of(0, 5));
        assertThat(page.getTotalElements()).isEqualTo(before + 7);
        assertThat(DocumentQueries.totalIsLowerBound(page)).isFalse();
        assertThat(queries.counts(clerk).get(Box.REGISTERED)).isEqualTo(before + 7);
        assertThat(DocumentQueries.badge(before + 7)).isEqualTo(Long.toString(before + 7));
    }

    private void insertRegistered(CurrentUser clerk, int count) {
        var rows = new ArrayList<Object[]>();
        var now = Instant.now();
        for (int i = 0; i < count; i++) {
            boolean urgent = i % 10 == 0;
            rows.add(new Object[] { clerk.agencyId(), Timestamp.from(now.minusSeconds(i)), i + "-CT/HU",
                    OfficeDate.today().minusDays(1), "Công văn thử đếm hộp " + i, urgent ? "URGENT" : "NORMAL",
                    urgent ? 1 : 0, clerk.unitId(), clerk.id(), Timestamp.from(now) });
        }
        jdbc.batchUpdate("""
                insert into document (agency_id, direction, status, received_at, notation, document_date, type_code,
                  summary, issuer_name, urgency, urgency_rank, secrecy, owner_unit_id, created_by, created_at)
                values (?, 'INCOMING', 'REGISTERED', ?, ?, ?, 'CV', ?, 'Huyện ủy Tủa Chùa', ?, ?, 'NONE', ?, ?, ?)
                """, rows);
    }
}
