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
    @Autowired AuditSealing sealing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    /** Writers and two sealers (as on two nodes) all at once: every line sealed exactly once, in one chain. */
    @Test
    void concurrentWritersAndSealersKeepOneUnbrokenChain() throws Exception {
        sealing.seal();
        long before = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
        int threads = 8;
        int perThread = 25;
        var pool = Executors.newFixedThreadPool(threads + 2);
        var writing = new CountDownLatch(threads);
        try {
            var sealers = new ArrayList<Future<Integer>>();
            for (int s = 0; s < 2; s++) {
                sealers.add(pool.submit(() -> {
                    int sealed = 0;
                    while (writing.getCount() > 0) {
                        sealed += sealing.seal();
                    }
                    return sealed;
                }));
            }
            var futures = new ArrayList<Future<Integer>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<Integer>) () -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        transactions.executeWithoutResult(s -> audit.record("TEST_CONCURRENT", "T",
                                thread + "-" + n, null));
                    }
                    writing.countDown();
                    return perThread;
                }));
            }
            int written = 0;
            for (var future : futures) {
                written += future.get();
            }
            assertThat(written).isEqualTo(threads * perThread);
            for (var sealer : sealers) {
                sealer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        sealing.seal();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TEST_CONCURRENT'"
                + " and seq is null", Long.class)).isZero();
        long after = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        assertThat(after - before).isGreaterThanOrEqualTo(threads * perThread);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq > ?", Long.class, before))
                .isEqualTo(after - before);
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * Issue 19: after a restart the crash test verified the chain while the sealer caught up and was told "truncated":
     * the walk ended, a sealing round committed, and the head read afterwards was ahead of the walk. A verification
     * taken while lines are written and sealed finds the chain whole.
     */
    @Test
    void aVerificationWhileLinesAreSealedFindsTheChainWhole() throws Exception {
        sealing.seal();
        var pool = Executors.newFixedThreadPool(2);
        var writing = new CountDownLatch(1);
        try {
            Future<Integer> sealer = pool.submit(() -> {
                int sealed = 0;
                while (writing.getCount() > 0) {
                    for (int i = 0; i < 5; i++) {
                        transactions.executeWithoutResult(s -> audit.record("TEST_VERIFY_RACE", "T", null, null));
                    }
                    sealed += sealing.seal();
                }
                return sealed;
            });
            var results = new ArrayList<ChainVerification>();
            for (int i = 0; i < 40; i++) {
                results.add(audit.verify());
            }
            writing.countDown();
            assertThat(sealer.get(30, TimeUnit.SECONDS)).as("lines were sealed during the verifications").isPositive();
            assertThat(results).allSatisfy(result -> assertThat(result.intact()).as(result.toString()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A transaction that has recorded a line but is still working does not hold the chain: another transaction records
     * and commits meanwhile and is sealed, then the long one is sealed after its commit, and both lines end up in one
     * intact chain.
     */
    @Test
    void aLongTransactionDoesNotHoldTheChainWhileItWorks() throws Exception {
        var recorded = new CountDownLatch(1);
        var shortSealed = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(1);
        try {
            Future<Boolean> longOne = pool.submit(() -> transactions.execute(s -> {
                audit.record("TEST_LONG", "T", "long", null);
                recorded.countDown();
                try {
                    return shortSealed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
            transactions.executeWithoutResult(s -> audit.record("TEST_SHORT", "T", "short", null));
            sealing.seal();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TEST_SHORT'"
                    + " and object_id = 'short' and seq is not null", Long.class))
                    .as("the short line is sealed while the long transaction is still open").isPositive();
            shortSealed.countDown();
            assertThat(longOne.get(30, TimeUnit.SECONDS)).as("the long transaction waited for it").isTrue();
            sealing.seal();
        } finally {
            pool.shutdownNow();
        }
        long shortSeq = jdbc.queryForObject("select max(seq) from audit_entry where action = 'TEST_SHORT'", Long.class);
        long longSeq = jdbc.queryForObject("select max(seq) from audit_entry where action = 'TEST_LONG'", Long.class);
        assertThat(longSeq).as("sealed after its commit, after the short one").isGreaterThan(shortSeq);
        assertThat(audit.verify().intact()).isTrue();
    }
}
