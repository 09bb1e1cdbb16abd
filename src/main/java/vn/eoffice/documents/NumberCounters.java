package vn.eoffice.documents;

import java.util.OptionalLong;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free counters, one per agency, series and period: every register of the agency that numbers by the same rule
 * draws from the same counter (DOMAIN.md §8), so two registers never issue one number and symbol twice. The increment
 * runs in the caller's transaction: the row stays locked until that transaction ends, so a rolled-back registration
 * gives its number back and two clerks (or two nodes) never get the same one.
 */
@Component
class NumberCounters {

    private static final String WHERE = " where agency_id = ? and series_key = ? and period_key = ?";
    private static final String INCREMENT = "update number_counter set last_number = last_number + 1" + WHERE;
    private static final String INCREMENT_IF_CURRENT = INCREMENT
            + " and exists (select 1 from register r where r.id = ? and r.active and r.version = ?)";

    private final JdbcTemplate jdbc;
    private final String incrementAndRead;
    private final String incrementIfCurrentAndRead;

    NumberCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // one statement that increments and returns the number: the counter row is locked for one round trip less
        // (the only vendor difference in numbering: PostgreSQL's RETURNING, H2's data-change delta table)
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.incrementAndRead = incrementAndRead(product, INCREMENT);
        this.incrementIfCurrentAndRead = incrementAndRead(product, INCREMENT_IF_CURRENT);
    }

    private static String incrementAndRead(String product, String increment) {
        return "H2".equals(product) ? "select last_number from final table (" + increment + ")"
                : increment + " returning last_number";
    }

    /** The next number of the series; must run inside the transaction that uses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    long next(long agencyId, String seriesKey, String periodKey) {
        var issued = jdbc.queryForList(incrementAndRead, Long.class, agencyId, seriesKey, periodKey);
        if (issued.isEmpty()) {
            // the first document of a new year or term creates the counter; a concurrent creator waits, then finds it
            jdbc.update("insert into number_counter (agency_id, series_key, period_key, last_number) "
                    + "values (?, ?, ?, 0) on conflict do nothing", agencyId, seriesKey, periodKey);
            issued = jdbc.queryForList(incrementAndRead, Long.class, agencyId, seriesKey, periodKey);
        }
        return issued.get(0);
    }

    /**
     * The next number of an existing series if the register is still active at {@code registerVersion}; empty
     * otherwise (a new series, or a register changed since its plan was made), and then nothing is consumed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    OptionalLong nextIfCurrent(long agencyId, long registerId, long registerVersion, String seriesKey,
            String periodKey) {
        var issued = jdbc.queryForList(incrementIfCurrentAndRead, Long.class, agencyId, seriesKey, periodKey,
                registerId, registerVersion);
        return issued.isEmpty() ? OptionalLong.empty() : OptionalLong.of(issued.get(0));
    }

    /** The last number issued in a series, 0 if none (for previews; never used to issue). */
    long peek(long agencyId, String seriesKey, String periodKey) {
        var values = jdbc.queryForList("select last_number from number_counter" + WHERE, Long.class, agencyId,
                seriesKey, periodKey);
        return values.isEmpty() ? 0 : values.get(0);
    }
}
