package vn.eoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * eOffice started as an operator starts it, in a JVM of its own: the test's classpath, the application's main class,
 * the default configuration with the demo profile, and a working directory of its own, so that the H2 database,
 * files, search index and keys land under {@code ./data} there as in a default installation. Under
 * {@code -Ppostgres} it runs on a PostgreSQL database of its own, created here and dropped by {@link #close}.
 * {@link #kill} ends it with SIGKILL; {@link #start} again restarts it on the same data.
 */
final class ForkedInstallation implements AutoCloseable {

    private final Path home;
    private final int port;
    private final String database;
    private final String postgresUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    ForkedInstallation(Path home) {
        this.home = home;
        this.port = freePort();
        if (TestDatabase.postgres()) {
            database = "crash_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
            postgresUrl = TestDatabase.createPostgresDatabase(database);
        } else {
            database = null;
            postgresUrl = null;
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the installation and waits until it accepts traffic (after its start-up runners and catch-ups). */
    ForkedInstallation start(Duration timeout) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a small heap and C1 only: the crash test measures nothing, and two cores start it faster so
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", classpath(), EOfficeApplication.class.getName(),
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--management.endpoint.health.probes.enabled=true",
                "--eoffice.exchange.base-url=" + baseUrl(),
                // the demo's personal signing keys take seconds of RSA key generation and nothing here signs
                "--eoffice.signing.demo-keys=false",
                "--logging.level.root=WARN",
                "--logging.level.vn.eoffice=INFO"));
        if (postgresUrl != null) {
            // the suite's PostgreSQL login and pool settings, on the installation's own database
            command.add("--spring.profiles.active=demo,pgtest");
            command.add("--spring.datasource.url=" + postgresUrl);
        } else {
            command.add("--spring.profiles.active=demo");
        }
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log().toFile())).start();
        Instant end = Instant.now().plus(timeout);
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("eOffice exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("eOffice did not start within " + timeout + ":\n" + logTail());
            }
            Thread.sleep(200);
        }
        return this;
    }

    /** Ends the process with SIGKILL (what {@code destroyForcibly} sends on Linux) and returns its exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The last lines the installation wrote, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
        if (database != null) {
            TestDatabase.dropPostgresDatabase(database);
        }
    }

    private boolean ready() {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path log() {
        return home.resolve("eoffice.log");
    }

    /** Surefire runs the tests from a manifest-only jar; it names the real classpath in a property of its own. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
