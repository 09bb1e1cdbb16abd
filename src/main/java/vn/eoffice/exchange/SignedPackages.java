package vn.eoffice.exchange;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The signed package of each outbox entry, kept in a table of its own: the entry's row changes at every claim,
 * attempt and status, while the package is written once and read only to send it. Joins the caller's transaction.
 */
@Repository
class SignedPackages {

    private final JdbcTemplate jdbc;

    SignedPackages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(Long outboxId, byte[] signedPackage) {
        jdbc.update("insert into exchange_payload (outbox_id, payload) values (?, ?)", outboxId, signedPackage);
    }

    Optional<byte[]> find(Long outboxId) {
        return jdbc.query("select payload from exchange_payload where outbox_id = ?",
                (row, n) -> row.getBytes(1), outboxId).stream().findFirst();
    }
}
