package vn.eoffice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: registrations answered 201 must survive {@code kill -9}. A real installation runs in a JVM of its own on
 * a fresh data directory (H2 in a file by default, its own PostgreSQL database under {@code -Ppostgres}); four
 * clients register incoming documents with a PDF through the API; the process is killed with SIGKILL at a random
 * moment while registrations are in flight and restarted on the same data, several times. After each restart every
 * acknowledged registration is there with its arrival number and its file's bytes, the numbers are gap-free and
 * never issued twice, the audit chain seals what was left unsealed and verifies, and search finds every document.
 */
class CrashRecoveryIntegrationTests {

    static final int CRASHES = 4;
    static final int CLIENTS = 4;
    static final Duration START = Duration.ofSeconds(150);
    static final Duration CATCH_UP = Duration.ofSeconds(90);
    static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void acknowledgedRegistrationsSurviveKillNine() throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        String marker = marker(random);
        Path home = Files.createTempDirectory("eoffice-crash");
        System.out.printf("crash recovery: seed %d, marker %s, data in %s, %s%n", seed, marker, home,
                TestDatabase.postgres() ? "PostgreSQL" : "H2 in a file");
        var soft = new SoftAssertions();
        try (var installation = new ForkedInstallation(home)) {
            long started = System.nanoTime();
            installation.start(START);
            System.out.printf("first start with the demo data: %.1f s%n", (System.nanoTime() - started) / 1e9);
            var clerk = ApiClient.signIn(installation.baseUrl(), "vanthu", "demo123");
            var admin = ApiClient.signIn(installation.baseUrl(), "admin", "demo123");
            var registrations = new Registrations(clerk, registerOf(clerk), marker);
            long firstNumber = registrations.registerOne().arrivalNumber();

            for (int crash = 1; crash <= CRASHES; crash++) {
                int target = registrations.acknowledged().size() + 10 + random.nextInt(40);
                var round = registrations.startClients(CLIENTS);
                round.awaitAcknowledged(target, installation);
                int exit = installation.kill();
                round.join();
                long restart = System.nanoTime();
                installation.start(START);
                long check = System.nanoTime();
                var recovery = new RecoveryCheck(clerk, admin, marker, firstNumber, registrations.acknowledged());
                recovery.run(CATCH_UP);
                System.out.printf("crash %d (exit %d): acknowledged %d, lost %d, in flight %d; %s (restart %.1f s,"
                        + " checks %.1f s)%n", crash, exit, registrations.acknowledged().size(), recovery.lost().size(),
                        round.inFlight(), recovery.summary(), (check - restart) / 1e9, (System.nanoTime() - check) / 1e9);
                soft.assertThat(exit).as("exit status of kill -9 (128 + SIGKILL)").isEqualTo(137);
                soft.assertThat(recovery.lost()).as("acknowledged registrations lost after crash %d", crash).isEmpty();
                soft.assertThat(recovery.damagedFiles()).as("files missing or changed after crash %d", crash).isEmpty();
                soft.assertThat(recovery.reissuedNumbers()).as("arrival numbers acknowledged twice").isEmpty();
                soft.assertThat(recovery.numberingProblem()).as("arrival numbers after crash %d", crash).isNull();
                soft.assertThat(recovery.auditProblem()).as("audit chain after crash %d", crash).isNull();
                soft.assertThat(recovery.notFound()).as("documents search does not find after crash %d", crash)
                        .isEmpty();
            }
        } finally {
            if (soft.wasSuccess()) {
                FileSystemUtils.deleteRecursively(home);
            }
        }
        soft.assertAll();
    }

    private static long registerOf(ApiClient clerk) throws Exception {
        var rows = clerk.get("/api/v1/documents?box=ALL&size=1").get("content");
        assertThat(rows.isEmpty()).as("the demo clerk's documents").isFalse();
        return clerk.get("/api/v1/documents/" + rows.get(0).get("id").asLong()).get("registerId").asLong();
    }

    /** A word no other document contains: letters only, so that every analyzer keeps it whole. */
    private static String marker(Random random) {
        var word = new StringBuilder("phuchoi");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** The registrations of one run: each with a PDF of its own, and the acknowledged ones as they were answered. */
    static final class Registrations {

        private final ApiClient clerk;
        private final long register;
        private final String marker;
        private final byte[] pdf;
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();

        Registrations(ApiClient clerk, long register, String marker) {
            this.clerk = clerk;
            this.register = register;
            this.marker = marker;
            this.pdf = TestFiles.pdf("Báo cáo kết quả công tác tuyên truyền", "Kiểm tra phục hồi " + marker);
        }

        List<Acknowledged> acknowledged() {
            return acknowledged;
        }

        Acknowledged registerOne() throws Exception {
            int n = sequence.incrementAndGet();
            // the same report with a comment after its end: every registration stores a file of its own
            byte[] unique = (new String(pdf, StandardCharsets.ISO_8859_1) + "\n% " + marker + " "
                    + n + "\n").getBytes(StandardCharsets.ISO_8859_1);
            var metadata = new LinkedHashMap<String, Object>();
            metadata.put("registerId", register);
            metadata.put("notation", n + "-BC/KT");
            metadata.put("documentDate", LocalDate.now(OFFICE).minusDays(1).toString());
            metadata.put("typeCode", "BC");
            metadata.put("summary", "Báo cáo phục hồi sau sự cố " + marker + " số " + n);
            metadata.put("issuerName", "Đảng ủy xã Mường Ảng");
            metadata.put("urgency", "NORMAL");
            metadata.put("secrecy", "NONE");
            metadata.put("pageCount", 1);
            metadata.put("copies", 1);
            var registered = clerk.register(ApiClient.json(metadata), "bao-cao-" + n + ".pdf", unique);
            var ack = new Acknowledged(registered.id(), registered.arrivalNumber(), Sha256.hex(unique));
            acknowledged.add(ack);
            return ack;
        }

        Round startClients(int clients) {
            var round = new Round(this);
            for (int i = 0; i < clients; i++) {
                var thread = new Thread(round::work, "crash-client-" + i);
                round.threads.add(thread);
                thread.start();
            }
            return round;
        }
    }

    /** Clients registering one after another until the installation stops answering. */
    static final class Round {

        private final Registrations registrations;
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final Map<String, Throwable> failures = new ConcurrentHashMap<>();

        Round(Registrations registrations) {
            this.registrations = registrations;
        }

        void work() {
            while (!stopped.get()) {
                try {
                    registrations.registerOne();
                } catch (ApiClient.NotSent e) {
                    return;
                } catch (IOException e) {
                    inFlight.incrementAndGet();
                    return;
                } catch (Exception e) {
                    failures.put(Thread.currentThread().getName(), e);
                    return;
                }
            }
        }

        /** Waits until {@code target} registrations are acknowledged in all, while the clients keep registering. */
        void awaitAcknowledged(int target, ForkedInstallation installation) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (registrations.acknowledged().size() < target) {
                if (!failures.isEmpty() || !installation.alive() || System.nanoTime() > end) {
                    stopped.set(true);
                    throw new AssertionError("registrations stopped before the crash: " + failures + "\n"
                            + installation.logTail());
                }
                Thread.sleep(5);
            }
        }

        void join() throws InterruptedException {
            stopped.set(true);
            for (var thread : threads) {
                thread.join(Duration.ofSeconds(90).toMillis());
            }
            assertThat(failures).as("client failures other than the crash").isEmpty();
        }

        int inFlight() {
            return inFlight.get();
        }
    }

    /** A registration answered 201: what the clerk was told, and the SHA-256 of the file she sent. */
    record Acknowledged(long id, long arrivalNumber, String sha256) {
    }

    static final class Sha256 {
        static String hex(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
