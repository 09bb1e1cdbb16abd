package vn.eoffice.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of malformed requests against every main endpoint of {@code /api/v1}, through a real Tomcat (MockMvc
 * skips the container's parsing): each must answer its 4xx with an RFC 9457 problem detail whose {@code detail} is
 * Vietnamese, never a 500 nor an HTML page, and must log nothing at ERROR. The browser gets friendly pages for the
 * same mistakes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class MalformedRequestsIntegrationTests {

    private static final String BOUNDARY = "eofficeBoundary7MA4YWxkTrZu0gW";

    /** Paged lists of the API, each with the demo login that may read it. */
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("/api/v1/documents", "vanthu"),
            Map.entry("/api/v1/documents/outgoing", "chuyenvien"),
            Map.entry("/api/v1/tasks", "chuyenvien"),
            Map.entry("/api/v1/notifications", "chuyenvien"),
            Map.entry("/api/v1/search", "chuyenvien"),
            Map.entry("/api/v1/agencies", "chuyenvien"),
            Map.entry("/api/v1/exchange/inbox", "vanthu"),
            Map.entry("/api/v1/users", "admin"),
            Map.entry("/api/v1/audit", "admin"),
            Map.entry("/api/v1/dashboard/tasks", "lanhdao"));

    /** Endpoints that take a JSON body, with the login that may call them. */
    private static final Map<String, String> JSON_POSTS = Map.ofEntries(
            Map.entry("/api/v1/tasks", "truongphong"),
            Map.entry("/api/v1/meetings", "lanhdao"),
            Map.entry("/api/v1/me/tokens", "chuyenvien"),
            Map.entry("/api/v1/users", "admin"),
            Map.entry("/api/v1/case-files", "vanthu"),
            Map.entry("/api/v1/monitoring/documents", "lanhdao"),
            Map.entry("/api/v1/meeting-rooms", "admin"),
            Map.entry("/api/v1/agencies", "admin"));

    /** Endpoints that take only multipart uploads. */
    private static final Map<String, String> MULTIPART_POSTS = Map.ofEntries(
            Map.entry("/api/v1/documents/incoming", "vanthu"),
            Map.entry("/api/v1/documents/outgoing", "chuyenvien"),
            Map.entry("/api/v1/files", "chuyenvien"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegisterManagement registers;
    @Autowired
    UserDetailsService accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    record Case(String name, String method, String path, String login, Map<String, String> headers, byte[] body,
            int status) {

        @Override
        public String toString() {
            return name + " " + method + " " + path + " → " + status;
        }
    }

    static Stream<Case> cases() {
        var cases = new ArrayList<Case>();
        LISTS.forEach((path, login) -> {
            cases.add(new Case("page beyond range", "GET", path + "?page=2147483647", login, Map.of(), null, 400));
            cases.add(new Case("page not a number", "GET", path + "?page=abc", login, Map.of(), null, 400));
            cases.add(new Case("XML asked of a JSON endpoint", "GET", path, login,
                    Map.of("Accept", "application/xml"), null, 406));
            cases.add(new Case("method not supported", "DELETE", path, login, Map.of(), null, 405));
            cases.add(new Case("undecodable query string", "GET", path + "?page=%zz&q=%E0%A4%A", login, Map.of(),
                    null, 400));
        });
        cases.add(new Case("invalid enum", "GET", "/api/v1/documents?box=NOPE", "vanthu", Map.of(), null, 400));
        cases.add(new Case("invalid enum", "GET", "/api/v1/documents/outgoing?box=NOPE", "chuyenvien", Map.of(),
                null, 400));
        cases.add(new Case("invalid enum", "GET", "/api/v1/tasks?view=NOPE", "chuyenvien", Map.of(), null, 400));
        cases.add(new Case("invalid enum", "GET", "/api/v1/dashboard?period=NOPE", "lanhdao", Map.of(), null, 400));
        cases.add(new Case("invalid date", "GET", "/api/v1/dashboard?from=31/02/2026", "lanhdao", Map.of(), null,
                400));
        JSON_POSTS.forEach((path, login) -> {
            cases.add(new Case("malformed JSON", "POST", path, login, Map.of("Content-Type", "application/json"),
                    bytes("{\"name\": \"Phòng họp"), 400));
            cases.add(new Case("JSON of the wrong shape", "POST", path, login,
                    Map.of("Content-Type", "application/json"), bytes("[1, 2, 3]"), 400));
            cases.add(new Case("wrong Content-Type", "POST", path, login, Map.of("Content-Type", "text/plain"),
                    bytes("tên=Phòng họp"), 415));
            cases.add(new Case("XML body", "POST", path, login, Map.of("Content-Type", "application/xml"),
                    bytes("<room/>"), 415));
            cases.add(new Case("method not supported", "PATCH", path, login,
                    Map.of("Content-Type", "application/json"), bytes("{}"), 405));
        });
        cases.add(new Case("invalid enum in JSON", "POST", "/api/v1/users", "admin",
                Map.of("Content-Type", "application/json"),
                bytes("{\"username\":\"x1\",\"fullName\":\"X\",\"agencyId\":1,\"roles\":[\"NOPE\"],"
                        + "\"clearance\":\"NONE\",\"enabled\":true,\"password\":\"Abc12345678\"}"), 400));
        cases.add(new Case("number expected in JSON", "POST", "/api/v1/documents/1/submit", "vanthu",
                Map.of("Content-Type", "application/json"), bytes("{\"leaderId\":\"lãnh đạo\"}"), 400));
        MULTIPART_POSTS.forEach((path, login) -> {
            cases.add(new Case("JSON instead of multipart", "POST", path, login,
                    Map.of("Content-Type", "application/json"), bytes("{}"), 415));
            cases.add(new Case("multipart without its boundary", "POST", path, login,
                    Map.of("Content-Type", "multipart/form-data"), bytes("--x\r\n\r\n"), 400));
            cases.add(new Case("garbled multipart", "POST", path, login,
                    Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                    bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nnot ended"), 400));
        });
        for (String path : List.of("/api/v1/documents/incoming", "/api/v1/documents/outgoing")) {
            cases.add(new Case("multipart without its metadata part", "POST", path,
                    path.endsWith("incoming") ? "vanthu" : "chuyenvien",
                    Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                    filePart("files", "cong-van.pdf", bytes("%PDF-1.4 nothing")), 400));
        }
        cases.add(new Case("metadata that is not JSON", "POST", "/api/v1/documents/incoming", "vanthu",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                jsonPart("metadata", "{\"summary\": "), 400));
        cases.add(new Case("unknown path", "GET", "/api/v1/khong-co", "chuyenvien", Map.of(), null, 404));
        cases.add(new Case("unknown document", "GET", "/api/v1/documents/999999999", "chuyenvien", Map.of(), null,
                404));
        cases.add(new Case("id not a number", "GET", "/api/v1/documents/abc", "chuyenvien", Map.of(), null, 400));
        cases.add(new Case("id beyond a long", "GET", "/api/v1/tasks/99999999999999999999", "chuyenvien", Map.of(),
                null, 400));
        return cases.stream();
    }

    @BeforeEach
    void captureLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root().detachAppender(log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAProblemDetailAndLogsNoError(Case c) throws Exception {
        var response = send(c);

        assertThat(response.status()).as(response.body()).isEqualTo(c.status());
        assertThat(response.header("content-type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + c.status());
        String detail = field(response.body(), "\"detail\":\"([^\"]+)\"");
        assertThat(detail).as("a Vietnamese detail").matches(".*[à-ỹÀ-Ỹđ].*");
        assertNoErrorLogged();
    }

    @Test
    void anEmptyFileIsRefusedByNameAndNothingIsRegistered() throws Exception {
        long before = jdbc.queryForObject("select count(*) from document", Long.class);
        String metadata = """
                {"registerId": %d, "notation": "%s", "documentDate": "%s", "typeCode": "CV",
                 "summary": "Về việc tuyên truyền", "issuerName": "Tỉnh ủy Điện Biên",
                 "urgency": "NORMAL", "secrecy": "NONE", "pageCount": 1, "copies": 1}
                """.formatted(incomingRegister(), "12-CV/" + java.util.UUID.randomUUID().toString().substring(0, 5),
                OfficeDate.today().minusDays(1));
        byte[] body = concat(jsonPartOpen("metadata", metadata), filePart("files", "bao-cao-rong.pdf", new byte[0]));

        var response = send(new Case("empty file", "POST", "/api/v1/documents/incoming", "vanthu",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), body, 400));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Tệp bao-cao-rong.pdf rỗng");
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(before);
        assertNoErrorLogged();
    }

    @Test
    void anEmptyDraftBodyIsRefusedByNameAndNoDraftIsCreated() throws Exception {
        long before = jdbc.queryForObject("select count(*) from document", Long.class);
        String metadata = """
                {"direction": "OUTGOING", "typeCode": "CV", "summary": "Về việc trả lời xã Tuần Giáo",
                 "urgency": "NORMAL", "secrecy": "NONE"}
                """;
        byte[] body = concat(jsonPartOpen("metadata", metadata), filePart("body", "du-thao-rong.docx", new byte[0]));

        var response = send(new Case("empty draft body", "POST", "/api/v1/documents/outgoing", "chuyenvien",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), body, 400));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Tệp du-thao-rong.docx rỗng");
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(before);
        assertNoErrorLogged();
    }

    @Test
    void theBrowserGetsAFriendlyPageForTheSameMistakes() throws Exception {
        logIn("chuyenvien");

        var notANumber = page("GET", "/documents/incoming?page=abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Yêu cầu không hợp lệ");

        String csrf = field(page("GET", "/profile").body(), "name=\"_csrf\" content=\"([^\"]+)\"");
        var method = http.send(HttpRequest.newBuilder(uri("/profile")).method("DELETE",
                HttpRequest.BodyPublishers.noBody()).header("X-CSRF-TOKEN", csrf).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.body()).contains("<html").contains("Phương thức không được hỗ trợ");

        var missing = page("GET", "/khong-co-trang-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy");

        var beyond = page("GET", "/documents/incoming?page=2147483647");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).contains("<html").contains("Số trang");

        var undecodable = raw("GET", "/documents/incoming?page=%zz", null, Map.of("Cookie", cookies()), null);
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.body()).contains("<html").contains("Yêu cầu không hợp lệ");
        assertNoErrorLogged();
    }

    private void assertNoErrorLogged() {
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private Raw send(Case c) throws IOException {
        return raw(c.method(), c.path(), c.login(), c.headers(), c.body());
    }

    /**
     * A request written on the socket as given: {@link HttpClient} would refuse to send an undecodable query string,
     * which is exactly what a careless client sends.
     */
    private Raw raw(String method, String path, String login, Map<String, String> headers, byte[] body)
            throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            if (login != null) {
                head.append("Authorization: Basic ").append(Base64.getEncoder()
                        .encodeToString((login + ":demo123").getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return Raw.parse(readAll(socket.getInputStream()));
        }
    }

    record Raw(int status, String headers, String body) {

        static Raw parse(byte[] response) {
            String text = new String(response, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }

        String header(String name) {
            return head(name).orElse("");
        }

        private java.util.Optional<String> head(String name) {
            return headers.lines().filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst();
        }

        private static String unchunk(String chunked) {
            var out = new StringBuilder();
            String rest = chunked;
            while (true) {
                int end = rest.indexOf("\r\n");
                if (end < 0) {
                    return out.toString();
                }
                int size = Integer.parseInt(rest.substring(0, end).trim(), 16);
                if (size == 0) {
                    return out.toString();
                }
                byte[] bytes = rest.substring(end + 2).getBytes(StandardCharsets.UTF_8);
                String chunk = new String(bytes, 0, Math.min(size, bytes.length), StandardCharsets.UTF_8);
                out.append(chunk);
                rest = rest.substring(end + 2 + chunk.length() + 2);
            }
        }
    }

    private Long incomingRegister() {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        return registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private void logIn(String login) throws Exception {
        String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + login + "&password=demo123&_csrf="
                + URLEncoder.encode(field(loginPage, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> page(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookies() {
        var store = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore();
        return String.join("; ", store.getCookies().stream().map(Object::toString).toList());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String field(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonPart(String name, String json) {
        return concat(jsonPartOpen(name, json), bytes("--" + BOUNDARY + "--\r\n"));
    }

    private static byte[] jsonPartOpen(String name, String json) {
        return bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
    }

    /** A file part, closed by the final boundary. */
    private static byte[] filePart(String name, String filename, byte[] content) {
        return concat(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n"), content,
                bytes("\r\n--" + BOUNDARY + "--\r\n"));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
