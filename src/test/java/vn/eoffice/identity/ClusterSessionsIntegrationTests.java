package vn.eoffice.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.eoffice.EOfficeApplication;
import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database with {@code eoffice.identity.sessions=database}, as behind a load balancer without
 * sticky sessions: a person signs in on one node and is known on the other; signing out on the second ends the
 * session on the first.
 */
@IntegrationTest
class ClusterSessionsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    @Autowired Environment environment;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionOpenedOnOneNodeIsServedAndEndedByAnother() throws Exception {
        try (var first = node(); var second = node()) {
            String a = base(first);
            String b = base(second);

            String token = csrf(get(a + "/login").body());
            var signIn = post(a + "/login", "username=vanthu&password=demo123&_csrf=" + encode(token));
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));

            var profileOnSecond = get(b + "/profile");
            assertThat(profileOnSecond.statusCode()).isEqualTo(200);
            assertThat(profileOnSecond.body()).contains("Lường Thị Thu");

            var signOut = post(b + "/logout", "_csrf=" + encode(csrf(profileOnSecond.body())));
            assertThat(signOut.statusCode()).isEqualTo(302);

            var profileOnFirst = get(a + "/profile");
            assertThat(profileOnFirst.statusCode()).isEqualTo(302);
            assertThat(profileOnFirst.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/login"));
        }
    }

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(EOfficeApplication.class)
                .profiles(environment.getActiveProfiles())
                .run("--server.port=0", "--spring.main.banner-mode=off", "--spring.flyway.enabled=false",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--eoffice.identity.sessions=database");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
