package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.EOfficeApplication;
import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 clerks on two application nodes (two Spring contexts on one database) register documents at once; some
 * registrations fail and roll back. The committed numbers must be exactly 1..N: no gap, no duplicate.
 */
@IntegrationTest
class ConcurrentNumberingIntegrationTests {

    private static final int CLERKS = 32;
    private static final int ATTEMPTS_PER_CLERK = 15;

    @Autowired RegisterManagement registers;
    @Autowired TransactionTemplate transactions;
    @Autowired OrganizationDirectory organization;
    @Autowired Environment environment;

    @Test
    void committedNumbersAreExactlyOneToNAcrossTwoNodes() throws Exception {
        Long agencyId = organization.hostedAgencies(OfficeDate.today()).stream()
                .filter(a -> "BTGDVTU".equals(a.abbreviation())).findFirst().orElseThrow().id();
        var register = transactions.execute(s -> registers.create(new Register(agencyId, RegisterKind.OUTGOING,
                "Sổ đồng thời " + UUID.randomUUID(), true, NumberingPolicy.party(), false)));

        try (ConfigurableApplicationContext secondNode = startSecondNode()) {
            var nodes = List.of(
                    new Node(registers, transactions),
                    new Node(secondNode.getBean(RegisterManagement.class), secondNode.getBean(TransactionTemplate.class)));
            var committed = new ConcurrentLinkedQueue<Long>();
            var rolledBack = new AtomicInteger();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(CLERKS);
            try {
                var futures = new ArrayList<Future<?>>();
                for (int clerk = 0; clerk < CLERKS; clerk++) {
                    Node node = nodes.get(clerk % 2);
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < ATTEMPTS_PER_CLERK; i++) {
                            boolean fail = ThreadLocalRandom.current().nextInt(5) == 0;
                            try {
                                Long number = node.transactions().execute(status -> {
                                    var issued = node.registers().issue(register.getId(),
                                            new NumberRequest("HD", Secrecy.NONE, LocalDate.of(2026, 11, 26), null));
                                    if (fail) {
                                        throw new IllegalStateException("the clerk's registration failed");
                                    }
                                    return issued.ordinal();
                                });
                                committed.add(number);
                            } catch (IllegalStateException expected) {
                                rolledBack.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (var future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }

            int n = committed.size();
            assertThat(n + rolledBack.get()).isEqualTo(CLERKS * ATTEMPTS_PER_CLERK);
            assertThat(rolledBack.get()).as("some registrations rolled back").isPositive();
            Set<Long> expected = new TreeSet<>(LongStream.rangeClosed(1, n).boxed().toList());
            assertThat(new TreeSet<>(committed)).as("no gaps, no duplicates").isEqualTo(expected);
            assertThat(committed).doesNotHaveDuplicates();
        }
    }

    private ConfigurableApplicationContext startSecondNode() {
        return new SpringApplicationBuilder(EOfficeApplication.class)
                .profiles(environment.getActiveProfiles())
                // command-line arguments outrank application.yml (default properties would not)
                .run("--spring.main.banner-mode=off", "--server.port=0", "--spring.flyway.enabled=false",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"));
    }

    private record Node(RegisterManagement registers, TransactionTemplate transactions) {
    }
}
