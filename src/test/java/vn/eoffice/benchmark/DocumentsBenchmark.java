package vn.eoffice.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.EOfficeApplication;
import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Box;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.NumberRequest;
import vn.eoffice.documents.NumberingPolicy;
import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the documents spine and prints the figures (run with {@code bench/documents.sh}; not part of the suite,
 * whose surefire includes only {@code *Tests}). No timing is asserted: only that work was done. On PostgreSQL
 * ({@code -Ppostgres}) by default; {@code BENCH_DB=h2 bench/documents.sh} measures registrations on H2 in a file.
 */
@IntegrationTest
class DocumentsBenchmark {

    private static final int CLIENTS = 32;
    private static final long SECONDS = Long.getLong("bench.seconds", 10);
    private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 400);
    private static final int[] REGISTRATION_CLIENTS = java.util.stream.Stream
            .of(System.getProperty("bench.registration.clients", "4,16").split(",")).mapToInt(Integer::parseInt)
            .toArray();
    /**
     * Registrations made before measuring, at most, in rounds of {@link #WARM_UP_ROUND} with as many clients as the
     * largest measure, until the JIT compilers' share of the machine's CPU in a round falls under
     * {@link #WARM_UP_JIT} percent: on two cores the JIT needs over ten thousand registrations to compile the hot paths
     * as on a server that has been running, and a window measured before that mostly measures the compiler.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 24_000);
    private static final int WARM_UP_ROUND = Integer.getInteger("bench.warmup.round", 1_600);
    private static final double WARM_UP_JIT = Double.parseDouble(System.getProperty("bench.warmup.jit", "10"));
    private static final int INBOX_DOCUMENTS = Integer.getInteger("bench.inbox.documents", 100_000);
    /** Which parts to run: any of numbers, registrations, inbox (all on PostgreSQL; only registrations on H2). */
    private static final String PHASES = System.getProperty("bench.phases",
            TestDatabase.postgres() ? "numbers,registrations,inbox" : "registrations");

    /**
     * Without {@code -Ppostgres} the benchmark registers into H2 in a file under {@code target/}, with the settings of
     * a default installation (application.yml): what a single-machine installation's clerks wait for.
     */
    @DynamicPropertySource
    static void h2InAFile(DynamicPropertyRegistry properties) {
        if (!TestDatabase.postgres()) {
            String url = TestDatabase.h2FileUrl(Path.of("target", "bench-h2", "eoffice-" + UUID.randomUUID()));
            properties.add("spring.datasource.url", () -> url);
        }
    }

    @Autowired RegisterManagement registers;
    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired Environment environment;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void measure() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        System.out.printf("%n=== eOffice documents benchmark (%s, %d clients, %d s windows) ===%n",
                environment.getProperty("spring.datasource.url"), CLIENTS, SECONDS);

        if (PHASES.contains("numbers")) {
            numbers(clerk);
        }
        if (PHASES.contains("registrations")) {
            registrationRates(clerk);
        }
        if (PHASES.contains("inbox")) {
            inbox(clerk);
        }
    }

    private void numbers(CurrentUser clerk) throws Exception {
        double rawSelect = rawLockedCounter(false);
        System.out.printf("raw locked counter (JDBC UPDATE; SELECT):         %,10.0f numbers/s%n", rawSelect);
        double raw = rawLockedCounter(true);
        System.out.printf("raw locked counter (JDBC UPDATE … RETURNING):     %,10.0f numbers/s%n", raw);
        double issued = numbersAcrossTwoNodes(clerk);
        System.out.printf("eOffice numbers, 2 nodes, 32 clients:             %,10.0f numbers/s (%.0f%% of the faster raw)%n",
                issued, 100 * issued / Math.max(raw, rawSelect));
        assertThat(issued).isPositive();
    }

    private void registrationRates(CurrentUser clerk) throws Exception {
        byte[] pdf = TextPdf.of(100 * 1024);
        if (WARM_UP > 0) {
            warmUp(clerk, pdf);
        }
        for (int clients : REGISTRATION_CLIENTS) {
            long start = System.nanoTime();
            var cpu = MachineCpu.read();
            double registrations = registrations(clerk, pdf, clients, REGISTRATIONS);
            var used = MachineCpu.read().since(cpu);
            System.out.printf("registrations with a %d KB PDF (%2d clients):      %,10.1f documents/s%n",
                    pdf.length / 1024, clients, registrations);
            System.out.printf("  CPU per registration while measuring: %.1f ms on the machine (busy %.0f%%), %.1f ms"
                    + " in this JVM, of which the JIT compilers %.1f ms (%.0f%% of the machine)%n",
                    used.busyMillis() / REGISTRATIONS, 100 * used.busyShare(), used.jvmMillis() / REGISTRATIONS,
                    used.jitMillis() / REGISTRATIONS, 100 * used.jitShare());
            // the text of each PDF is extracted (and the document indexed) in the background: wait for it, so that
            // the next measure does not share the CPU with it, and report the rate with that work included
            double seconds = drainTextExtraction(start);
            System.out.printf("registrations, text extracted and indexed (%2d):   %,10.1f documents/s (all done in %.1f s)%n",
                    clients, REGISTRATIONS / clients * clients / seconds, seconds);
        }
    }

    /**
     * Registers in rounds until the JIT settles (or {@link #WARM_UP} registrations), printing each round, then waits
     * for the text of them all to be extracted and indexed, so that the first measure starts with no backlog.
     */
    private void warmUp(CurrentUser clerk, byte[] pdf) throws Exception {
        long start = System.nanoTime();
        int clients = Arrays.stream(REGISTRATION_CLIENTS).max().orElse(16);
        var warm = JitWarmUp.run("registrations", WARM_UP, WARM_UP_ROUND, clients, WARM_UP_JIT,
                size -> registrations(clerk, pdf, clients, size));
        System.out.printf("registrations warm-up: %d documents (%s), text extracted, in %.1f s%n", warm.done(),
                warm.describe(), drainTextExtraction(start));
    }

    private void inbox(CurrentUser clerk) {
        seedIncoming(clerk, INBOX_DOCUMENTS);
        // the page's own total stops at the count limit: count the agency's documents directly
        long total = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "select count(*) from document where agency_id = ? and direction = 'INCOMING'", Long.class,
                clerk.agencyId());
        System.out.printf("inbox pages over %,d incoming documents (what the page reads: 5 box badges, 20 rows and the"
                + " total; 200 samples each):%n", total);
        for (var who : List.of("vanthu", "lanhdao", "truongphong", "chuyenvien")) {
            var user = (CurrentUser) accounts.loadUserByUsername(who);
            for (var box : List.of(Box.ALL, Box.TO_PROCESS, Box.OVERDUE)) {
                long[] inbox = inboxLatencies(user, box, 200);
                System.out.printf("inbox %-11s %-12s p50 %6.1f ms, p95 %6.1f ms%n", who, box, inbox[0] / 1e6,
                        inbox[1] / 1e6);
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(INBOX_DOCUMENTS);
    }

    private double rawLockedCounter(boolean returning) throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password", "");
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("create table if not exists bench_counter (id int primary key, n bigint not null)");
            s.execute("delete from bench_counter");
            s.execute("insert into bench_counter values (1, 0)");
        }
        var count = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        run(CLIENTS, () -> {
            try (var c = DriverManager.getConnection(url, user, password)) {
                c.setAutoCommit(false);
                try (var update = c.prepareStatement("update bench_counter set n = n + 1 where id = 1"
                        + (returning ? " returning n" : ""));
                        var select = c.prepareStatement("select n from bench_counter where id = 1")) {
                    while (System.nanoTime() < deadline) {
                        if (returning) {
                            update.executeQuery().close();
                        } else {
                            update.executeUpdate();
                            select.executeQuery().close();
                        }
                        c.commit();
                        count.incrementAndGet();
                    }
                }
            }
            return null;
        });
        return count.get() / (double) SECONDS;
    }

    private double numbersAcrossTwoNodes(CurrentUser clerk) throws Exception {
        var register = transactions.execute(s -> registers.create(new Register(clerk.agencyId(), RegisterKind.OUTGOING,
                "Sổ đo hiệu năng " + UUID.randomUUID(), true, NumberingPolicy.party(), false)));
        try (var second = new SpringApplicationBuilder(EOfficeApplication.class)
                .profiles(environment.getActiveProfiles())
                .run("--server.port=0", "--spring.main.banner-mode=off", "--spring.flyway.enabled=false",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"))) {
            var nodes = List.of(registers, second.getBean(RegisterManagement.class));
            var txs = List.of(transactions, second.getBean(TransactionTemplate.class));
            var count = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            var tasks = new ArrayList<Callable<Void>>();
            for (int i = 0; i < CLIENTS; i++) {
                int node = i % 2;
                tasks.add(() -> {
                    while (System.nanoTime() < deadline) {
                        txs.get(node).executeWithoutResult(s -> nodes.get(node).issue(register.getId(),
                                new NumberRequest("CV", Secrecy.NONE, OfficeDate.today(), null)));
                        count.incrementAndGet();
                    }
                    return null;
                });
            }
            runAll(tasks);
            return count.get() / (double) SECONDS;
        }
    }

    /** Each registration stores its own (unique) PDF and registers it in one transaction, as the upload form does. */
    private double registrations(CurrentUser clerk, byte[] pdf, int clients, int count) throws Exception {
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        var done = new AtomicLong();
        long start = System.nanoTime();
        run(clients, () -> {
            for (int i = 0; i < count / clients; i++) {
                byte[] unique = Arrays.copyOf(pdf, pdf.length + 16);
                System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, pdf.length, 16);
                transactions.executeWithoutResult(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                        (100 + done.get()) + "-BC/" + UUID.randomUUID().toString().substring(0, 6),
                        OfficeDate.today().minusDays(1), "BC", Generator.summary(done.get()), null,
                        Generator.issuer(done.get()), null, null, null, Urgency.NORMAL, Secrecy.NONE, 5, 1, null, null),
                        () -> {
                            var stored = files.store("bao-cao.pdf", new ByteArrayInputStream(unique), clerk.id());
                            return List.of(new AttachedFile(stored.id(), stored.name()));
                        }));
                done.incrementAndGet();
            }
            return null;
        });
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Seconds from {@code start} until no stored file waits for its text. */
    private double drainTextExtraction(long start) throws InterruptedException {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        while (jdbc.queryForObject("select count(*) from stored_file where text_status = 'PENDING'", Long.class) > 0) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Tops the agency up to {@code target} incoming documents in one INSERT … SELECT (PostgreSQL): varied statuses,
     * urgency, secrecy and units, a lead unit and the directing leader as participants of the directed ones.
     */
    private void seedIncoming(CurrentUser clerk, int target) {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        long have = jdbc.queryForObject("select count(*) from document where agency_id = ? and direction = 'INCOMING'",
                Long.class, clerk.agencyId());
        if (have >= target) {
            return;
        }
        long start = System.nanoTime();
        List<Long> units = jdbc.queryForList("select id from org_unit where agency_id = ? order by id", Long.class,
                clerk.agencyId());
        Long leader = jdbc.queryForObject("select id from app_user where username = 'lanhdao'", Long.class);
        String unitArray = "array[" + String.join(",", units.stream().map(String::valueOf).toList()) + "]::bigint[]";
        jdbc.update("""
                insert into document (agency_id, direction, status, arrival_date, received_at, notation, document_date,
                  type_code, summary, issuer_name, urgency, urgency_rank, secrecy, deadline, owner_unit_id, created_by,
                  created_at)
                select ?, 'INCOMING',
                  (array['REGISTERED','SUBMITTED','DIRECTED','IN_PROGRESS','DONE','DONE','DONE','DONE','DONE','DONE'])[1 + g % 10],
                  current_date - (g / 300), now() - make_interval(mins => g), g || '-BC/HU', current_date - (g / 300) - 2,
                  'BC', 'Báo cáo kết quả công tác tuyên giáo và dân vận số ' || g, 'Huyện ủy Mường Chà',
                  case when g % 20 = 0 then 'URGENT' else 'NORMAL' end, case when g % 20 = 0 then 1 else 0 end,
                  case when g % 50 = 0 then 'MAT' when g % 97 = 0 then 'TOI_MAT' else 'NONE' end,
                  current_date + (g % 40) - 10, (UNITS)[1 + g % UNIT_COUNT], ?, now()
                from generate_series(1, cast(? as integer)) g
                """.replace("UNIT_COUNT", String.valueOf(units.size())).replace("UNITS", unitArray), clerk.agencyId(), clerk.id(), target - have);
        jdbc.update("""
                insert into document_participant (document_id, user_id, unit_id, role, owner_unit_id)
                select id, null, owner_unit_id, 'LEAD', owner_unit_id from document
                where agency_id = ? and direction = 'INCOMING' and status in ('DIRECTED','IN_PROGRESS','DONE')
                  and summary like 'Báo cáo kết quả công tác tuyên giáo và dân vận số %'
                union all
                select id, ?, null, 'LEADER', owner_unit_id from document
                where agency_id = ? and direction = 'INCOMING' and status <> 'REGISTERED'
                  and summary like 'Báo cáo kết quả công tác tuyên giáo và dân vận số %'
                """, clerk.agencyId(), leader, clerk.agencyId());
        jdbc.execute("analyze document");
        jdbc.execute("analyze document_participant");
        System.out.printf("seeded %,d incoming documents in %.1f s%n", target - have, (System.nanoTime() - start) / 1e9);
    }

    private long[] inboxLatencies(CurrentUser user, Box box, int samples) {
        for (int i = 0; i < 20; i++) {
            queries.counts(user);
            queries.incoming(user, box, PageRequest.of(i % 5, 20));
        }
        var nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            queries.counts(user);
            queries.incoming(user, box, PageRequest.of(i % 5, 20));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new long[] { nanos[samples / 2], nanos[(int) (samples * 0.95)] };
    }

    private static void run(int threads, Callable<Void> work) throws Exception {
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < threads; i++) {
            tasks.add(work);
        }
        runAll(tasks);
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(tasks.size());
        try {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
