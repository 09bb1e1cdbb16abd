package vn.eoffice.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.EOfficeApplication;
import vn.eoffice.IntegrationTest;
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
 * whose surefire includes only {@code *Tests}). No timing is asserted: only that work was done.
 */
@IntegrationTest
class DocumentsBenchmark {

    private static final int CLIENTS = 32;
    private static final long SECONDS = Long.getLong("bench.seconds", 10);
    private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 400);

    @Autowired RegisterManagement registers;
    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired Environment environment;

    @Test
    void measure() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        System.out.printf("%n=== eOffice documents benchmark (%s, %d clients, %d s windows) ===%n",
                environment.getProperty("spring.datasource.url"), CLIENTS, SECONDS);

        double raw = rawLockedCounter();
        System.out.printf("raw locked counter (JDBC UPDATE + SELECT):        %,10.0f numbers/s%n", raw);
        double issued = numbersAcrossTwoNodes(clerk);
        System.out.printf("eOffice numbers, 2 nodes, 32 clients:             %,10.0f numbers/s (%.0f%% of raw)%n",
                issued, 100 * issued / raw);

        byte[] pdf = pdf(100 * 1024);
        double registrations = registrations(clerk, pdf);
        System.out.printf("registrations with a %d KB PDF (4 clients):       %,10.1f documents/s%n",
                pdf.length / 1024, registrations);

        long[] inbox = inboxLatencies(clerk, 200);
        System.out.printf("inbox page (20 rows, box ALL) over %,d documents: p50 %.1f ms, p95 %.1f ms%n",
                queries.incoming(clerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements(), inbox[0] / 1e6,
                inbox[1] / 1e6);
        assertThat(issued).isPositive();
    }

    private double rawLockedCounter() throws Exception {
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
                try (var update = c.prepareStatement("update bench_counter set n = n + 1 where id = 1");
                        var select = c.prepareStatement("select n from bench_counter where id = 1")) {
                    while (System.nanoTime() < deadline) {
                        update.executeUpdate();
                        select.executeQuery().close();
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
                                new NumberRequest("CV", Secrecy.NONE, LocalDate.now(), null)));
                        count.incrementAndGet();
                    }
                    return null;
                });
            }
            runAll(tasks);
            return count.get() / (double) SECONDS;
        }
    }

    private double registrations(CurrentUser clerk, byte[] pdf) throws Exception {
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).getId();
        var done = new AtomicLong();
        long start = System.nanoTime();
        run(4, () -> {
            for (int i = 0; i < REGISTRATIONS / 4; i++) {
                byte[] unique = Arrays.copyOf(pdf, pdf.length + 16);
                System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, pdf.length, 16);
                var stored = files.store("bao-cao.pdf", new ByteArrayInputStream(unique), clerk.id());
                transactions.executeWithoutResult(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                        (100 + done.get()) + "-BC/" + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.now().minusDays(1), "BC", Generator.summary(done.get()), null,
                        Generator.issuer(done.get()), null, null, Urgency.NORMAL, Secrecy.NONE, 5, 1, null, null),
                        List.of(new AttachedFile(stored.id(), stored.name()))));
                done.incrementAndGet();
            }
            return null;
        });
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private long[] inboxLatencies(CurrentUser clerk, int samples) {
        var nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            queries.incoming(clerk, Box.ALL, PageRequest.of(i % 5, 20));
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

    /** A PDF with pages of text until it weighs about {@code size} bytes (random words resist compression). */
    private static byte[] pdf(int size) throws IOException {
        var random = new java.util.Random(42);
        try (var document = new PDDocument()) {
            var out = new ByteArrayOutputStream();
            while (out.size() < size) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                    content.newLineAtOffset(30, 770);
                    for (int line = 0; line < 90; line++) {
                        var words = new StringBuilder("Bao cao tuyen giao ");
                        for (int w = 0; w < 12; w++) {
                            words.append(Long.toString(random.nextLong() & 0xffffffL, 36)).append(' ');
                        }
                        content.showText(words.toString());
                        content.newLineAtOffset(0, -8.5f);
                    }
                    content.endText();
                }
                out.reset();
                document.save(out);
            }
            return out.toByteArray();
        }
    }
}
