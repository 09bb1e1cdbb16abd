package vn.eoffice.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;
import vn.eoffice.platform.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to answer each main page over HTTP on the demo data, for the leader (who sees the most), the clerk and an
 * officer (run with {@code bench/pages.sh}; not part of the suite). Prints p50/p95/max per page and the bytes of the page as sent
 * (gzipped); asserts no timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class PagesBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);

    @LocalServerPort int port;

    @Test
    void mainPages() {
        var leader = WebSession.signIn(port, "lanhdao", "demo123");
        var clerk = WebSession.signIn(port, "vanthu", "demo123");
        var officer = WebSession.signIn(port, "chuyenvien", "demo123");
        Map<String, WebSession> pages = new LinkedHashMap<>();
        pages.put("/", leader);
        pages.put("/documents/incoming", clerk);
        pages.put(first(clerk, "/documents/incoming", "/documents/\\d+"), leader);
        pages.put("/tasks", officer);
        pages.put(first(officer, "/tasks", "/tasks/\\d+"), officer);
        pages.put("/meetings", leader);
        pages.put(first(leader, "/meetings", "/meetings/\\d+"), leader);
        pages.put("/meetings/calendar", leader);
        pages.put("/monitoring", leader);
        pages.put(first(leader, "/monitoring", "/monitoring/\\d+"), leader);
        pages.put("/dashboard", leader);
        pages.put("/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt", leader);
        pages.put("/documents/outgoing", clerk);
        pages.put("/queue", leader);
        pages.put("/people", clerk);
        pages.put("/positions", clerk);
        pages.put("/people/statistics", clerk);
        pages.put("/competency/gaps", leader);
        pages.put("/training", clerk);
        System.out.printf("=== pages: %d warm-up rounds, %d requests per page, one client ===%n", WARMUP, REQUESTS);
        for (int i = 0; i < WARMUP; i++) {
            pages.forEach((path, session) -> assertThat(session.get(path).status()).as(path).isEqualTo(200));
        }
        System.out.printf("%-34s %8s %8s %8s %9s%n", "page", "p50 ms", "p95 ms", "max ms", "bytes");
        for (var page : pages.entrySet()) {
            long[] nanos = new long[REQUESTS];
            long bytes = 0;
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                var response = page.getValue().get(page.getKey());
                nanos[i] = System.nanoTime() - start;
                bytes = response.wireBytes();
            }
            Arrays.sort(nanos);
            System.out.printf("page %-29s %8.1f %8.1f %8.1f %9d%n", page.getKey(), ms(nanos[REQUESTS / 2]),
                    ms(nanos[(int) Math.ceil(REQUESTS * 0.95) - 1]), ms(nanos[REQUESTS - 1]), bytes);
        }
    }

    private static String first(WebSession session, String list, String pattern) {
        var links = new ArrayList<String>();
        var matcher = Pattern.compile("href=\"(" + pattern + ")[?#\"]").matcher(session.get(list).text());
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        assertThat(links).as("a link on " + list).isNotEmpty();
        return links.get(0);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
