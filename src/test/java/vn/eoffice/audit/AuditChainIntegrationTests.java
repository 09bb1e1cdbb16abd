package vn.eoffice.audit;

import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain catches every kind of tampering. Tampering needs the append-only triggers out of the way, as a database
 * administrator would do; each tampering happens in a transaction that is rolled back after the check.
 */
@IntegrationTest
class AuditChainIntegrationTests {

    @Autowired AuditLog audit;
    @Autowired AuditSealing sealing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void intactChainVerifies() {
        appendThree();
        var result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void recordRefusesToRunOutsideATransaction() {
        assertThatThrownBy(() -> audit.record("TEST", "T", 1, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void rolledBackChangeLeavesNoAuditLine() {
        String marker = "rollback-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            audit.record("TEST_ROLLBACK", "T", marker, null);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, marker))
                .isZero();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void databaseRefusesUpdatesAndDeletes() {
        long seq = appendThree();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set details = 'x' where seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aLineWaitsUnsealedThenIsSealedAfterTheChainsEnd() {
        String marker = "seal-" + UUID.randomUUID();
        sealing.seal();
        long end = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
        transactions.executeWithoutResult(status -> audit.record("TEST_SEAL", "T", marker, "một"));
        // the scheduled sealer may have run meanwhile; either way the line is sealed exactly once, after the end
        assertThat(audit.verify().pending() + audit.verify().checked()).isGreaterThan(end);
        sealing.seal();
        Long seq = jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, marker);
        assertThat(seq).isGreaterThan(end);
        var result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(seq);
    }

    @Test
    void databaseRefusesToChangeAnUnsealedLineOrToSealItWithOtherContent() {
        String marker = "unsealed-" + UUID.randomUUID();
        // written and changed in one transaction, before any sealer can see it
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            audit.record("TEST_UNSEALED", "T", marker, "một");
            jdbc.update("update audit_entry set details = 'sửa lén' where object_id = ?", marker);
        })).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            audit.record("TEST_UNSEALED", "T", marker, "một");
            jdbc.update("update audit_entry set seq = -1, previous_hash = 'x', hash = 'y', details = 'sửa lén'"
                    + " where object_id = ?", marker);
        })).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            audit.record("TEST_UNSEALED", "T", marker, "một");
            jdbc.update("delete from audit_entry where object_id = ?", marker);
        })).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, marker))
                .as("each attempt rolled back with its line").isZero();
    }

    @Test
    void editedContentIsCaught() {
        long seq = appendThree();
        var result = tampered(db -> db.update("update audit_entry set details = 'sửa lén' where seq = ?", seq - 1));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq - 1);
        assertThat(result.problem()).isEqualTo("content");
    }

    @Test
    void editedActorIsCaughtEvenWithItsHashRecomputedNaively() {
        long seq = appendThree();
        var result = tampered(db -> db.update("update audit_entry set actor_username = 'someone', hash = ? where seq = ?",
                "f".repeat(64), seq - 1));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq - 1);
    }

    @Test
    void deletedLineIsCaught() {
        long seq = appendThree();
        var result = tampered(db -> db.update("delete from audit_entry where seq = ?", seq - 1));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq - 1);
        assertThat(result.problem()).isEqualTo("missing");
    }

    @Test
    void deletedLastLinesAreCaught() {
        long seq = appendThree();
        var result = tampered(db -> db.update("delete from audit_entry where seq >= ?", seq - 1));
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("truncated");
    }

    @Test
    void reorderedLinesAreCaught() {
        long seq = appendThree();
        var result = tampered(db -> {
            // swap the content of two lines, keeping each line's own hash: the order of events is rewritten
            db.update("update audit_entry set action = 'TMP' where seq = ?", seq - 2);
            db.update("""
                    update audit_entry set action = (select action from audit_entry where seq = ?),
                      object_id = (select object_id from audit_entry where seq = ?) where seq = ?""",
                    seq - 1, seq - 1, seq - 2);
            db.update("update audit_entry set action = 'TEST_A', object_id = 'a' where seq = ?", seq - 1);
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq - 2);
    }

    @Test
    void insertedForgedLineIsCaught() {
        long seq = appendThree();
        var result = tampered(db -> {
            db.update("update audit_entry set seq = seq + 1000000 where seq = ?", seq);
            db.update("""
                    insert into audit_entry (seq, occurred_at, actor_username, action, outcome, previous_hash, hash)
                    values (?, current_timestamp, 'intruder', 'FORGED', 'SUCCESS', ?, ?)""",
                    seq, "0".repeat(64), "0".repeat(64));
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    }

    /** Appends three lines (actions TEST_A, TEST_B, TEST_C) and returns the seq of the last. */
    private long appendThree() {
        transactions.executeWithoutResult(status -> {
            audit.record("TEST_A", "T", "a", "một");
            audit.record("TEST_B", "T", "b", "hai");
            audit.record("TEST_C", "T", "c", "ba");
        });
        sealing.seal();
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    private ChainVerification tampered(Consumer<JdbcTemplate> tampering) {
        setTriggers(false);
        try {
            return transactions.execute(status -> {
                tampering.accept(jdbc);
                var result = audit.verify();
                status.setRollbackOnly();
                return result;
            });
        } finally {
            setTriggers(true);
            assertThat(audit.verify().intact()).as("the chain is whole again after the rollback").isTrue();
        }
    }

    private void setTriggers(boolean on) {
        if (TestDatabase.postgres()) {
            jdbc.execute("alter table audit_entry " + (on ? "enable" : "disable") + " trigger audit_entry_append_only");
            return;
        }
        if (on) {
            jdbc.execute("create trigger audit_entry_no_update before update on audit_entry for each row call "
                    + "\"vn.eoffice.audit.AppendOnlyTrigger\"");
            jdbc.execute("create trigger audit_entry_no_delete before delete on audit_entry for each row call "
                    + "\"vn.eoffice.audit.AppendOnlyTrigger\"");
        } else {
            jdbc.execute("drop trigger audit_entry_no_update");
            jdbc.execute("drop trigger audit_entry_no_delete");
        }
    }
}
