package vn.eoffice.files.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real Tomcat, because MockMvc does not enforce multipart limits: an upload over
 * {@code spring.servlet.multipart.max-file-size} gets a clear message, not a 500 or a reset connection. The limit is
 * hit before any handler is chosen; the platform still answers a problem detail under /api and the page elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB" })
@ActiveProfiles(resolver = TestDatabase.class)
class UploadLimitIntegrationTests {

    private static final String BOUNDARY = "eofficeBoundary7MA4YWxkTrZu0gW";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void apiAnswersATooLargeUploadWithAProblemMessage() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/files"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("chuyenvien:demo123".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(1_200_000))).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Tệp hoặc dữ liệu gửi lên quá lớn.");
    }

    @Test
    void pageAnswersATooLargeHtmxUploadWithTheMessage() throws Exception {
        String csrf = logIn();
        var request = HttpRequest.newBuilder(uri("/files"))
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(1_200_000))).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Tệp hoặc dữ liệu gửi lên quá lớn.");
    }

    private String logIn() throws Exception {
        String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=chuyenvien&password=demo123&_csrf="
                + URLEncoder.encode(field(loginPage, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
        var login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        String page = http.send(HttpRequest.newBuilder(uri("/files")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return field(page, "name=\"_csrf\" content=\"([^\"]+)\"");
    }

    private static String field(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("pattern %s in page", regex).isTrue();
        return matcher.group(1);
    }

    private static byte[] multipartBody(int size) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
