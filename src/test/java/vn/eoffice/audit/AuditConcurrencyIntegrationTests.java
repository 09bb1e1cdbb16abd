package vn.eoffice.audit;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
}
