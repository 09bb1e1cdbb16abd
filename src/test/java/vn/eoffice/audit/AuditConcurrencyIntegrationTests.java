package vn.eoffice.audit;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditConcurrencyIntegrationTests {

    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
        int threads = 8;
        int perThread = 25;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<Integer>) () -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        transactions.executeWithoutResult(s -> audit.record("TEST_CONCURRENT", "T",
                                thread + "-" + n, null));
                    }
                    return perThread;
                }));
            }
            int written = 0;
            for (var future : futures) {
                written += future.get();
            }
            assertThat(written).isEqualTo(threads * perThread);
        } finally {
            pool.shutdown();
        }
        long after = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        assertThat(after - before).isGreaterThanOrEqualTo(threads * perThread);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq > ?", Long.class, before))
                .isEqualTo(after - before);
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * A transaction that has recorded a line but is still working does not hold the chain: its line is appended when
     * it commits, so another transaction records and commits meanwhile, and both lines end up in one intact chain.
     */
    @Test
    void aLongTransactionDoesNotHoldTheChainWhileItWorks() throws Exception {
        var recorded = new CountDownLatch(1);
        var otherCommitted = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> longOne = pool.submit(() -> transactions.execute(s -> {
                audit.record("TEST_LONG", "T", "long", null);
                recorded.countDown();
                try {
                    return otherCommitted.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> shortOne = pool.submit(() -> {
                transactions.executeWithoutResult(s -> audit.record("TEST_SHORT", "T", "short", null));
                otherCommitted.countDown();
            });
            assertThat(longOne.get(30, TimeUnit.SECONDS)).as("the short transaction committed meanwhile").isTrue();
            shortOne.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        long shortSeq = jdbc.queryForObject("select max(seq) from audit_entry where action = 'TEST_SHORT'", Long.class);
        long longSeq = jdbc.queryForObject("select max(seq) from audit_entry where action = 'TEST_LONG'", Long.class);
        assertThat(longSeq).as("appended at its commit, after the short one").isGreaterThan(shortSeq);
        assertThat(audit.verify().intact()).isTrue();
    }
}
