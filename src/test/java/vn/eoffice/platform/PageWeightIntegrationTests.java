package vn.eoffice.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes a signed-in browser transfers for a page over real HTTP, first with an empty cache and again with what the
 * first view left in it: stylesheets and scripts carry a content hash, are kept a year and sent gzipped; the page
 * itself is never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class PageWeightIntegrationTests {

    static final long SECOND_VIEW_LIMIT = 20 * 1024;

    @LocalServerPort int port;

    @ParameterizedTest
    @CsvSource({ "vanthu, /", "vanthu, /documents/incoming", "lanhdao, /tasks", "chuyenvien, /meetings" })
    void secondViewTransfersOnlyThePage(String username, String path) {
        var browser = WebSession.signIn(port, username, "demo123");
        var page = browser.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        long first = page.wireBytes();
        Map<String, WebSession.Response> cache = new LinkedHashMap<>();
        for (String asset : page.assets()) {
            var response = browser.get(asset);
            assertThat(response.status()).as(asset).isEqualTo(200);
            assertThat(asset).as("content hash in the URL").containsPattern("-[0-9a-f]{32}\\.(css|js)$");
            assertThat(response.freshForAYear()).as(asset + " " + response.header("Cache-Control")).isTrue();
            assertThat(response.header("Cache-Control")).contains("immutable");
            if (!"gzip".equals(response.header("Content-Encoding"))) {
                assertThat(response.raw().body().length).as(asset + " sent uncompressed").isLessThan(1024);
            }
            first += response.wireBytes();
            cache.put(asset, response);
        }
        assertThat(cache).as("the layout's stylesheets and scripts").hasSizeGreaterThanOrEqualTo(4);
        assertThat(cache.values()).as("Bootstrap and htmx gzipped")
                .filteredOn(response -> "gzip".equals(response.header("Content-Encoding"))).hasSizeGreaterThanOrEqualTo(3);

        var again = browser.get(path);
        long second = again.wireBytes();
        for (String asset : again.assets()) {
            var held = cache.get(asset);
            if (held == null) {
                second += browser.get(asset).wireBytes();
            } else if (!held.freshForAYear()) {
                second += browser.revalidate(asset, held.header("ETag")).wireBytes();
            }
        }
        System.out.printf("page weight %-22s %-10s first view %,8d B, second view %,7d B%n", path, username, first,
                second);
        assertThat(second).isLessThanOrEqualTo(SECOND_VIEW_LIMIT);
        assertThat(first).as("the first view downloads the stylesheets and scripts").isGreaterThan(second);
    }
}
