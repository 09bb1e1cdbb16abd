package vn.eoffice.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser whose language is English (whose native date fields read mm/dd/yyyy) dates are still typed and
 * shown as dd/mm/yyyy: "05/03/2027" is the 5th of March; an impossible date is refused in Vietnamese with the
 * focus on the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class DateEntryBrowserTests {

    @LocalServerPort int port;

    @Test
    void englishBrowserEntersDayFirstDates() throws Exception {
        String title = "Rà soát quy chế làm việc " + UUID.randomUUID().toString().substring(0, 6);
        try (var leader = Browser.open(port, 1366, 900, "en-US")) {
            assertThat(((JavascriptExecutor) leader.driver()).executeScript("return navigator.language")).isEqualTo("en-US");
            leader.login("lanhdao", "demo123");
            leader.go("/tasks");
            leader.clickAndWait(By.linkText("Giao việc"));
            var deadline = leader.find(By.name("deadline"));
            assertThat(deadline.getAttribute("type")).isEqualTo("text");
            assertThat(deadline.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
            leader.find(By.name("title")).sendKeys(title);
            leader.pickField(leader.find(By.cssSelector("form[action$='/tasks/new']")), "lead",
                    "Phòng Tuyên truyền, Báo chí – Xuất bản");
            deadline.sendKeys("31/02/2027");
            leader.clickAndWait(By.cssSelector("form[action$='/tasks/new'] button[type=submit]"));
            String around = (String) ((JavascriptExecutor) leader.driver()).executeScript(
                    "return document.getElementsByName('deadline')[0].parentNode.parentNode.outerHTML");
            assertThat(leader.pageText()).as(around).contains("Ngày không hợp lệ");
            var refused = leader.find(By.name("deadline"));
            assertThat(refused.getAttribute("class")).contains("is-invalid");
            assertThat(leader.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("deadline");

            refused.clear();
            refused.sendKeys("05/03/2027");
            leader.clickAndWait(By.cssSelector("form[action$='/tasks/new'] button[type=submit]"));
            assertThat(leader.find(By.cssSelector(".alert-success")).getText()).contains("Đã giao việc");
            assertThat(leader.heading()).contains(title);
            assertThat(leader.pageText()).contains("05/03/2027").doesNotContain("03/05/2027");
        }
    }
}
