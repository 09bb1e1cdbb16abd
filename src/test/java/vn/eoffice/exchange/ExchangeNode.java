package vn.eoffice.exchange;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.EOfficeApplication;
import vn.eoffice.TestDatabase;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * A whole eOffice installation in this JVM for exchange tests and the benchmark: its own port (kept across
 * restarts), database (kept across restarts), file root, search index and key store. The database is an H2 one in
 * memory (in a file with {@link #onDisk}), or with {@code -Deoffice.test.db=postgres} a database of its own on the
 * PostgreSQL test server, dropped when the node is closed.
 */
public final class ExchangeNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path root;
    private final Map<String, Object> extra;
    private final String database;
    private ConfigurableApplicationContext context;
    private boolean onDisk;
    private String postgresUrl;

    public ExchangeNode(String name, Path root, Map<String, Object> extra) {
        this.name = name;
        this.root = root;
        this.extra = extra;
        this.port = freePort();
        this.database = ("exchange_" + name + "_" + UUID.randomUUID().toString().substring(0, 8))
                .replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Keeps the node's H2 database in a file under the root, as a single-machine installation does (call first; no
     * effect on PostgreSQL).
     */
    public ExchangeNode onDisk() {
        this.onDisk = true;
        return this;
    }

    public ExchangeNode start() {
        var properties = new java.util.HashMap<String, Object>();
        if (TestDatabase.postgres()) {
            if (postgresUrl == null) {
                postgresUrl = TestDatabase.createPostgresDatabase(database);
            }
            // the suite's PostgreSQL settings (login, small pools), on the node's own database
            properties.put("spring.profiles.active", "demo,test,pgtest");
            properties.put("spring.datasource.url", postgresUrl);
        } else {
            properties.put("spring.profiles.active", "demo,test");
            // in a file with the product's settings (durable commits, ADR 0020), as a single-machine installation
            properties.put("spring.datasource.url", onDisk
                    ? TestDatabase.h2FileUrl(root.resolve(database)) + ";DB_CLOSE_DELAY=-1"
                    : "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                            + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        properties.put("server.port", port);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.jmx.enabled", "false");
        properties.put("eoffice.files.local-root", root.resolve(name + "-files").toString());
        properties.put("eoffice.search.directory-type", "local-heap");
        properties.put("eoffice.exchange.key-store", TestKeys.keyStore(root, name).toString());
        properties.put("eoffice.exchange.key-store-password", "changeit");
        properties.put("eoffice.exchange.base-url", "http://localhost:" + port);
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.vn.eoffice", "WARN");
        properties.putAll(extra);
        // command-line arguments outrank application.yml (builder properties would only be defaults)
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(EOfficeApplication.class).run(args);
        return this;
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public void restart() {
        stop();
        start();
    }

    /** Stops the node for good: its PostgreSQL database, if it has one, is dropped. */
    @Override
    public void close() {
        stop();
        if (postgresUrl != null) {
            TestDatabase.dropPostgresDatabase(database);
            postgresUrl = null;
        }
    }

    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String receiveUrl() {
        return "http://localhost:" + port + ReceiveEndpoint.PATH;
    }

    public X509Certificate certificate() {
        return bean(AgencyKeys.class).certificate();
    }

    public CurrentUser user(String username) {
        return (CurrentUser) bean(UserDetailsService.class).loadUserByUsername(username);
    }

    /** Registers {@code other} as the peer reachable for {@code organId}. */
    public void addPeer(String organId, ExchangeNode other) {
        bean(PeerRegistry.class).register(user("admin"), organId, "Nút " + other.name, other.receiveUrl(),
                Peer.pem(other.certificate()).getBytes(java.nio.charset.StandardCharsets.US_ASCII), true);
    }

    public Long agencyId(String organId) {
        return bean(OrganizationDirectory.class).agencyByIdentifierCode(organId).orElseThrow().id();
    }

    public long pending() {
        return bean(ExchangeGateway.class).pending();
    }

    public List<InboxEntry> received(String sender) {
        return bean(InboxEntries.class).findAll().stream().filter(e -> e.getSenderOrganId().equals(sender)).toList();
    }

    /** How many entries arrived from {@code sender}, counted by the database (the benchmark's nodes hold thousands). */
    public long receivedCount(String sender) {
        return bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from exchange_inbox where sender_organ_id = ?", Long.class, sender);
    }

    public ReceivedPackage receivedEntry(Long inboxId) {
        return bean(InboxEntries.class).findById(inboxId).orElseThrow();
    }

    /** Received entries from {@code sender} still waiting for the clerk. */
    public List<Long> waiting(String sender, int limit) {
        return bean(ExchangeInbox.class).waiting(user("vanthu"), PageRequest.of(0, limit)).getContent().stream()
                .filter(e -> e.getSenderOrganId().equals(sender)).map(ReceivedPackage::getId).toList();
    }

    public Long accept(Long inboxId) {
        var inbox = bean(ExchangeInbox.class);
        var clerk = user("vanthu");
        return inbox.accept(clerk, inboxId, inbox.prefill(clerk, inboxId));
    }

    public List<OutboxEntry> deliveries() {
        return bean(OutboxEntries.class).findAll().stream()
                .filter(e -> e.getKind() == DeliveryKind.DOCUMENT).toList();
    }

    public boolean hasStatus(String documentKey, String recipient, String code) {
        var ids = bean(OutboxEntries.class).deliveryIds(documentKey, recipient);
        return !ids.isEmpty() && bean(DeliveryStatuses.class).existsByOutboxIdAndCode(ids.get(0), code);
    }

    public List<DeliveryStatus> statuses() {
        return bean(DeliveryStatuses.class).findAll();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
