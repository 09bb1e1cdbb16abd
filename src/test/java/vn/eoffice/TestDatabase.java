package vn.eoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the test database from the system property {@code eoffice.test.db} ({@code h2} or {@code postgres}). On
 * PostgreSQL the test database is created if missing and emptied once per test run, so the suite starts clean.
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static final String POSTGRES_URL = System.getProperty("eoffice.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/eoffice_test");
    private static final String POSTGRES_ADMIN_URL = POSTGRES_URL.replaceAll("/[^/]+$", "/postgres");
    private static boolean prepared;

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("eoffice.test.db", "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        if (postgres()) {
            prepare();
            return new String[] { "demo", "test", "pgtest" };
        }
        return new String[] { "demo", "test", "h2test" };
    }

    /**
     * The H2 URL of a default installation ({@code application.yml}) with its database at {@code file} instead of
     * {@code ./data/eoffice}: tests and benchmarks that keep H2 in a file use the product's settings, durable commits
     * included (ADR 0020), rather than a copy that could drift from them.
     */
    public static String h2FileUrl(Path file) {
        String url;
        try {
            url = (String) new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .get(0).getProperty("spring.datasource.url");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location = "jdbc:h2:file:./data/eoffice;";
        if (url == null || !url.startsWith(location)) {
            throw new IllegalStateException("application.yml no longer names the H2 file " + location + ": " + url);
        }
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";" + url.substring(location.length());
    }

    /** A database of its own on the test server (for a whole installation started in the test JVM); its URL. */
    public static String createPostgresDatabase(String database) {
        adminExecute("create database " + database);
        return POSTGRES_URL.replaceAll("/[^/]+$", "/" + database);
    }

    /** Drops a database made by {@link #createPostgresDatabase}, closing what still holds connections to it. */
    public static void dropPostgresDatabase(String database) {
        adminExecute("drop database if exists " + database + " with (force)");
    }

    private static void adminExecute(String sql) {
        try (var admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_ADMIN_URL + " refused: " + sql, e);
        }
    }

    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        String database = POSTGRES_URL.substring(POSTGRES_URL.lastIndexOf('/') + 1);
        try (var admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
                var statement = admin.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + POSTGRES_ADMIN_URL
                    + " (start it with pg_ctlcluster)", e);
        }
        try (var connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + POSTGRES_URL, e);
        }
        prepared = true;
    }
}
