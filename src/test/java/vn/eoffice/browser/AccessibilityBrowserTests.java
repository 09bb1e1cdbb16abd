package vn.eoffice.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page seen by a clerk, a leader and an officer passes axe-core without a critical or serious violation;
 * the top bar keeps to one line at 1,366 px; at phone width (375 px) the incoming list is readable cards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AccessibilityBrowserTests {

    static final List<String> PAGES = List.of("/", "/documents/incoming", "/documents/outgoing", "/tasks", "/meetings",
            "/meetings/calendar", "/monitoring", "/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt", "/notifications", "/queue",
            "/documents/outgoing/new");

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The learners of the demo study programme (05-NQ/TU), when it is loaded. */
    private String studyLearnersPage() {
        Long programme = jdbc.queryForObject("select min(id) from study_programme where notation = '05-NQ/TU'",
                Long.class);
        return programme == null ? null : "/study/programmes/" + programme + "/learners";
    }

    @ParameterizedTest
    @ValueSource(strings = { "vanthu", "lanhdao", "chuyenvien" })
    void mainPagesHaveNoCriticalOrSeriousViolations(String username) throws Exception {
        var axe = Axe.load();
        Map<String, Object> found = new LinkedHashMap<>();
        try (var browser = Browser.open(port, 1366, 900, "vi")) {
            browser.login(username, "demo123");
            var pages = new ArrayList<>(PAGES);
            if ("lanhdao".equals(username)) {
                pages.add("/dashboard");
                pages.add("/meetings/new");
            }
            if ("vanthu".equals(username)) {
                pages.add("/documents/incoming/new");
            }
            pages.add(firstLink(browser, "/documents/outgoing", "/documents/outgoing/\\d+$"));
            pages.add(firstLink(browser, "/documents/incoming", "/documents/\\d+$"));
            pages.add(firstLink(browser, "/tasks", "/tasks/\\d+$"));
            pages.add(firstLink(browser, "/meetings", "/meetings/\\d+$"));
            pages.add(firstLink(browser, "/monitoring", "/monitoring/\\d+$"));
            // the committees under the province: the province view and a document's committees board
            pages.add("/monitoring/committees");
            pages.add(firstLink(browser, "/monitoring/committees", "/monitoring/\\d+/committees$"));
            // people: the list (an officer's holds only their own record) and a person's page
            pages.add("/people");
            pages.add(firstLink(browser, "/people", "/people/\\d+$"));
            if (!"chuyenvien".equals(username)) {
                pages.add("/positions");
                pages.add(firstLink(browser, "/positions", "/positions/\\d+$"));
                pages.add("/people/statistics");
                // succession planning: the plans, a plan with its candidates, a candidate, the settings
                pages.add("/succession");
                String plan = firstLink(browser, "/succession", "/succession/\\d+$");
                pages.add(plan);
                pages.add(plan == null ? null : firstLink(browser, plan, "/succession/\\d+/candidates/\\d+$"));
                pages.add("/succession/settings");
            }
            // evaluation: the home, a sheet, the person's history with the year, and (for result readers) a period
            pages.add("/evaluation");
            String sheetPage = firstLink(browser, "/evaluation", "/evaluation/sheets/\\d+$");
            pages.add(sheetPage);
            if (sheetPage != null) {
                pages.add(firstLink(browser, sheetPage, "/evaluation/people/\\d+$"));
            }
            if (!"chuyenvien".equals(username)) {
                pages.add(firstLink(browser, "/evaluation", "/evaluation/periods/\\d+$"));
            }
            // resolution study: the list, the province's figures, the demo programme with its figures, materials
            // and conference (the plan form for those who plan)
            pages.add("/study");
            pages.add("/study/figures");
            String programme = firstLink(browser, "/study", "/study/programmes/\\d+$");
            if (programme != null) {
                pages.addAll(java.util.List.of(programme, programme + "/figures", programme + "/materials",
                        programme + "/conference"));
            }
            if (!"vanthu".equals(username)) {
                pages.add("/study/programmes/new");
            }
            // study: the roster and (once the demo programme exists) a committee's learners
            pages.add("/study/members");
            pages.add(firstLink(browser, "/study/members", "/study/members/\\d+$"));
            pages.add(studyLearnersPage());
            for (String page : pages) {
                if (page == null) {
                    continue;
                }
                browser.go(page);
                browser.find(By.tagName("h1"));
                var violations = axe.seriousViolations(browser);
                if (!violations.isEmpty()) {
                    found.put(page, violations);
                }
                assertThat(topBarHeight(browser)).as("top bar on one line at 1,366 px on " + page).isLessThan(70);
            }
        }
        assertThat(found).as("critical or serious axe-core violations for " + username).isEmpty();
    }

    @Test
    void incomingListIsReadableCardsOnAPhone() throws Exception {
        try (var phone = Browser.open(port, 375, 812, "vi")) {
            emulatePhone(phone);
            phone.login("vanthu", "demo123");
            phone.go("/documents/incoming");
            var summary = phone.find(By.cssSelector("#rows td.eo-summary"));
            var js = (JavascriptExecutor) phone.driver();
            long width = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().width", summary)).longValue();
            long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(viewport).isLessThanOrEqualTo(375);
            assertThat(width).as("summary cell width").isGreaterThan(250);
            assertThat(scroll).as("no horizontal scroll").isLessThanOrEqualTo(viewport);
            var status = phone.find(By.cssSelector("#rows td[data-label] .badge"));
            assertThat(status.isDisplayed()).isTrue();
            phone.screenshot("incoming-phone");
        }
    }

    @Test
    void dashboardTapTargetsAreAtLeast24PixelsOnAPhone() throws Exception {
        try (var phone = Browser.open(port, 375, 812, "vi")) {
            emulatePhone(phone);
            phone.login("lanhdao", "demo123");
            phone.go("/dashboard");
            phone.find(By.tagName("h1"));
            @SuppressWarnings("unchecked")
            var small = (List<String>) ((JavascriptExecutor) phone.driver()).executeScript("""
                    return Array.from(document.querySelectorAll('main a[href], main button, main select, main input'))
                      .filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                        && (r.height < 24 || r.width < 24) && getComputedStyle(e).visibility !== 'hidden'; })
                      .map(function (e) { var r = e.getBoundingClientRect();
                        return e.tagName + ' "' + (e.textContent || e.name || '').trim().slice(0, 30) + '" '
                          + Math.round(r.width) + 'x' + Math.round(r.height); });""");
            assertThat(small).as("tap targets under 24 px").isEmpty();
        }
    }

    private static void emulatePhone(Browser phone) {
        // a desktop window cannot be narrower than 500 px: the page is laid out as on a 375 px phone instead
        ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    private static String firstLink(Browser browser, String list, String pattern) {
        browser.go(list);
        browser.find(By.tagName("h1"));
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                var links = Array.from(document.querySelectorAll('main a[href]'))
                  .map(function (a) { return new URL(a.href).pathname; })
                  .filter(function (p) { return new RegExp(arguments[0]).test(p); }, null);
                return links.length ? links[0] : null;""".replace("arguments[0]", "'" + pattern.replace("\\", "\\\\") + "'"));
    }

    private static long topBarHeight(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('.eo-navbar').getBoundingClientRect().height")).longValue();
    }
}
