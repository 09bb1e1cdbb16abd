package vn.eoffice.benchmark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.exchange.ExchangeGateway;
import vn.eoffice.exchange.ExchangeNode;
import vn.eoffice.exchange.StatusCode;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.Organization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exchange throughput between two installations on loopback (each package signed, with a 100 KB attachment, sent
 * over HTTP, verified and stored by the receiver) and the time for a status to come back after the receiving clerk
 * accepts. Run with {@code bench/exchange.sh}; prints figures, asserts only that the work was done.
 */
class ExchangeBenchmark {

    private static final int PACKAGES = Integer.getInteger("bench.packages", 3000);
    private static final int WINDOWS = Integer.getInteger("bench.windows", 2);
    private static final int STATUSES = Integer.getInteger("bench.statuses", 100);
    private static final int SENDERS = Integer.getInteger("bench.senders", 4);
    /**
     * The nodes keep their H2 databases in files, as a single-machine installation does; {@code mem}: in memory.
     * With {@code -Deoffice.test.db=postgres} each node has a database of its own on the PostgreSQL test server.
     */
    private static final String H2 = System.getProperty("bench.h2", "file");
    /**
     * At most this many packages are sent before measuring, in rounds of {@link #WARM_UP_ROUND}, until the JIT
     * compilers use under {@link #WARM_UP_JIT} % of the machine: a server that has been running (ADR 0018). On two
     * cores that takes 30,000–40,000 packages. The sending node keeps each signed package (about 140 KB): in files a
     * run writes up to 7 GB under the temporary directory, removed at the end; in memory the heap allows about 16,000.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", "file".equals(H2) ? 50000 : 16000);
    private static final int WARM_UP_ROUND = Integer.getInteger("bench.warmup.round", 2000);
    private static final double WARM_UP_JIT = Double.parseDouble(System.getProperty("bench.warmup.jit", "5"));
    /** Threads signing and queueing packages, as clerks releasing documents would. */
    private static final int CLIENTS = 4;
    private static final String SENDER = "000.98.17.H17";
    private static final String RECEIVER = "000.03.17.H17";

    private final AtomicInteger numbers = new AtomicInteger();

    @Test
    void measure() throws Exception {
        var root = Files.createTempDirectory("exchange-bench");
        checkSpace(root);
        Map<String, Object> settings = Map.of("eoffice.exchange.senders", SENDERS,
                "eoffice.exchange.poll-interval", "200ms", "eoffice.exchange.retry-base", "1s",
                "eoffice.exchange.max-package-size", "10MB");
        try (var a = node("bench-a", root, settings).start(); var b = node("bench-b", root, settings).start()) {
            a.addPeer(RECEIVER, b);
            b.addPeer(SENDER, a);
            byte[] attachment = noise(100 * 1024);
            System.out.printf("%n=== eOffice exchange benchmark (%d packages, %d KB signed attachment, %d senders, "
                    + "2 nodes on loopback, %s) ===%n", PACKAGES, attachment.length / 1024, SENDERS,
                    TestDatabase.postgres() ? "PostgreSQL" : "file".equals(H2) ? "H2 in files" : "H2 in memory");

            warmUp(a, attachment);
            for (int window = 1; window <= WINDOWS; window++) {
                long before = b.receivedCount(SENDER);
                var cpu = MachineCpu.read();
                var round = round(a, attachment, PACKAGES);
                var used = MachineCpu.read().since(cpu);
                assertThat(b.receivedCount(SENDER) - before).isEqualTo(PACKAGES);
                System.out.printf("packages delivered end-to-end: %,6.1f packages/s (window %d: %d in %.1f s, sign + "
                        + "HTTP + verify + store + 01; signed and queued at %.0f/s)%n", PACKAGES / round.seconds(),
                        window, PACKAGES, round.seconds(), PACKAGES / round.queuedSeconds());
                System.out.printf("packages machine CPU: %.1f ms per package (busy %.0f%%; the JIT compilers %.1f ms "
                        + "per package, %.0f%% of the machine; the garbage collector %.1f ms)%n",
                        used.busyMillis() / PACKAGES, 100 * used.busyShare(), used.jitMillis() / PACKAGES,
                        100 * used.jitShare(), used.gcMillis() / PACKAGES);
            }

            List<Long> latencies = new ArrayList<>();
            var waiting = b.waiting(SENDER, STATUSES);
            for (Long id : waiting) {
                var entry = b.receivedEntry(id);
                long t0 = System.nanoTime();
                b.accept(id);
                while (!a.hasStatus(entry.getDocumentKey(), RECEIVER, StatusCode.ACCEPTED)) {
                    Thread.sleep(2);
                }
                latencies.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(latencies);
            System.out.printf("status 03 back to the sender (accept → recorded at sender, n=%d): p50 %d ms, "
                    + "p95 %d ms, max %d ms%n", latencies.size(), percentile(latencies, 50),
                    percentile(latencies, 95), latencies.get(latencies.size() - 1));
        } finally {
            FileSystemUtils.deleteRecursively(root);
        }
    }

    /** In files, the sending node keeps every signed package: refuse to start a run that would fill the disk. */
    private static void checkSpace(Path root) throws IOException {
        long needed = (long) (WARM_UP + WINDOWS * PACKAGES + STATUSES) * 150 * 1024;
        long usable = Files.getFileStore(root).getUsableSpace();
        if ("file".equals(H2) && !TestDatabase.postgres() && usable < needed) {
            Files.delete(root);
            throw new IllegalStateException(String.format("the run needs about %,d MB free under %s and %,d MB are: "
                    + "free some space, or lower -Dbench.warmup, or run with -Dbench.h2=mem",
                    needed >> 20, root.getParent(), usable >> 20));
        }
    }

    private static ExchangeNode node(String name, Path root, Map<String, Object> settings) {
        var node = new ExchangeNode(name, root, settings);
        return "file".equals(H2) ? node.onDisk() : node;
    }

    /** Sends in rounds until the JIT settles or {@link #WARM_UP} packages have gone, printing each round. */
    private void warmUp(ExchangeNode a, byte[] attachment) throws Exception {
        var warm = JitWarmUp.run("packages", WARM_UP, WARM_UP_ROUND, 1, WARM_UP_JIT,
                size -> size / round(a, attachment, size).seconds());
        System.out.printf("packages warm-up: %d packages (%s)%n", warm.done(), warm.describe());
    }

    private record Round(double queuedSeconds, double seconds) {
    }

    /** Signs and queues {@code packages} from {@link #CLIENTS} threads and waits until the last is delivered. */
    private Round round(ExchangeNode a, byte[] attachment, int packages) throws InterruptedException {
        var gateway = a.bean(ExchangeGateway.class);
        Long agency = a.agencyId(RECEIVER);
        long start = System.nanoTime();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < packages; i++) {
            pool.execute(() -> gateway.send(agency, document(numbers.incrementAndGet(), attachment)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        long queued = System.nanoTime();
        while (a.pending() > 0) {
            Thread.sleep(20);
        }
        return new Round((queued - start) / 1e9, (System.nanoTime() - start) / 1e9);
    }

    private static EdxmlDocument document(int n, byte[] attachment) {
        LocalDate today = OfficeDate.today();
        String number = Integer.toString(n);
        String notation = "CV-BENCH";
        return new EdxmlDocument(Organization.of(SENDER, "Nút gửi"), List.of(Organization.of(RECEIVER, null)),
                SENDER + "," + today.toString().replace('-', '/') + "," + number + "/" + notation, number, notation,
                null, today, 1, "CV", "Công văn", "Văn bản đo hiệu năng số " + n, null, null, null, List.of(),
                new EdxmlDocument.OtherInfo(0, null, null, null, null, List.of()), List.of(), null,
                List.of(new EdxmlDocument.TraceHeader(SENDER, Instant.now())),
                new EdxmlDocument.Business(0, null, List.of()),
                List.of(new EdxmlDocument.Attachment("file0", "phu-luc-" + number + ".png", "image/png", null,
                        attachment)));
    }

    /** A PNG of random pixels, about {@code size} bytes (noise does not compress). */
    private static byte[] noise(int size) throws IOException {
        int side = (int) Math.sqrt(size / 3.0);
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var random = new Random(42);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
