package vn.eoffice.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;
import vn.eoffice.platform.MalformedRequestsIntegrationTests.Case;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever goes wrong under {@code /api/v1} is answered with an RFC 9457 problem detail and its 4xx, through a real
 * Tomcat: unknown paths whatever the method and {@code Accept}, missing and invalid parameters, wrong methods and
 * media types, missing credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class ApiErrorsIntegrationTests {

    private static final String MEETING = """
            {"title":"Giao ban","chairId":1,"startsAt":"2030-01-07T01:00:00Z","endsAt":"2030-01-07T02:00:00Z"}""";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The malformed-request corpus's case, with a text body. */
    private static Case of(String name, String method, String path, String login, Map<String, String> headers,
            String body, int status) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return new Case(name, method, path, login, headers, bytes, status);
    }

    static Stream<Case> cases() {
        var cases = new ArrayList<Case>();
        for (String accept : new String[] { "text/html", "*/*", "application/json", "application/xml" }) {
            cases.add(of("unknown path, Accept " + accept, "GET", "/api/v1/khong-co", "chuyenvien",
                    Map.of("Accept", accept), null, 404));
            cases.add(of("unknown nested path, Accept " + accept, "POST", "/api/v1/documents/1/khong-co",
                    "chuyenvien", Map.of("Accept", accept, "Content-Type", "application/json"), "{}", 404));
        }
        cases.add(of("unknown path with an extension", "GET", "/api/v1/khong-co.html", "chuyenvien", Map.of(),
                null, 404));
        cases.add(of("the API's root", "GET", "/api/v1", "chuyenvien", Map.of("Accept", "text/html"), null,
                404));
        cases.add(of("another API version", "GET", "/api/v2/documents", "chuyenvien",
                Map.of("Accept", "text/html"), null, 404));
        cases.add(of("unknown path without credentials", "GET", "/api/v1/khong-co", null,
                Map.of("Accept", "text/html"), null, 401));
        cases.add(of("wrong password", "GET", "/api/v1/me", "chuyenvien:sai", Map.of("Accept", "text/html"),
                null, 401));
        cases.add(of("missing version", "PUT", "/api/v1/meetings/1", "lanhdao",
                Map.of("Content-Type", "application/json"), MEETING, 400));
        cases.add(of("empty version", "PUT", "/api/v1/meetings/1?version=", "lanhdao",
                Map.of("Content-Type", "application/json"), MEETING, 400));
        cases.add(of("version not a number", "PUT", "/api/v1/meetings/1?version=abc", "lanhdao",
                Map.of("Content-Type", "application/json"), MEETING, 400));
        cases.add(of("missing body", "PUT", "/api/v1/meetings/1?version=0", "lanhdao",
                Map.of("Content-Type", "application/json"), null, 400));
        cases.add(of("missing body", "POST", "/api/v1/meeting-rooms", "admin",
                Map.of("Content-Type", "application/json"), null, 400));
        cases.add(of("missing Content-Type", "POST", "/api/v1/meeting-rooms", "admin", Map.of(), "{}", 415));
        cases.add(of("method not allowed", "DELETE", "/api/v1/meetings/1", "lanhdao", Map.of(), null, 405));
        cases.add(of("not acceptable", "GET", "/api/v1/me", "chuyenvien", Map.of("Accept", "image/png"), null,
                406));
        cases.add(of("invalid date parameter", "GET", "/api/v1/meetings?from=hôm-qua", "lanhdao", Map.of(),
                null, 400));
        cases.add(of("administrators only", "GET", "/api/v1/audit", "chuyenvien",
                Map.of("Accept", "text/html"), null, 403));
        cases.add(of("trailing slash", "GET", "/api/v1/documents/", "chuyenvien", Map.of("Accept", "text/html"),
                null, 404));
        cases.add(of("encoded slash", "GET", "/api/v1/documents/a%2Fb", "chuyenvien",
                Map.of("Accept", "text/html"), null, 400));
        cases.add(of("semicolon", "GET", "/api/v1/documents;x=1", "chuyenvien", Map.of("Accept", "text/html"),
                null, 400));
        cases.add(of("double slash", "GET", "/api/v1//documents", "chuyenvien", Map.of("Accept", "text/html"),
                null, 400));
        cases.add(of("TRACE", "TRACE", "/api/v1/me", "chuyenvien", Map.of("Accept", "text/html"), null, 405));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAProblemDetailWithItsClientError(Case c) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.login() != null) {
            String credentials = c.login().contains(":") ? c.login() : c.login() + ":demo123";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        c.headers().forEach(request::header);

        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + c.status()).contains("\"detail\":\"");
    }
}
