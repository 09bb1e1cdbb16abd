package vn.eoffice.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk registers an incoming document in the browser and submits it; the leader finds it waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class IncomingDocumentBrowserTests {

    @LocalServerPort int port;

    @Test
    void clerkRegistersAndSubmitsLeaderFindsItWaiting() throws Exception {
        String notation = "27-CV/" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String summary = "Về việc tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc " + notation;
        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            clerk.go("/documents/incoming");
            clerk.find(By.linkText("Vào sổ văn bản đến")).click();
            clerk.find(By.id("issuerName")).sendKeys("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên");
            clerk.find(By.id("notation")).sendKeys(notation);
            typeDate(clerk, "documentDate", LocalDate.now().minusDays(1));
            new Select(clerk.find(By.id("urgency"))).selectByVisibleText("Khẩn");
            clerk.find(By.id("summary")).sendKeys(summary);
            typeDate(clerk, "deadline", LocalDate.now().plusDays(5));
            clerk.find(By.cssSelector("form button[type=submit].btn-primary")).click();

            assertThat(clerk.find(By.cssSelector(".alert-success")).getText()).contains("Đã vào sổ văn bản đến");
            assertThat(clerk.heading()).contains(summary);
            assertThat(clerk.pageText()).contains(notation, "Khẩn", "đã vào sổ văn bản đến");

            new Select(clerk.find(By.id("leaderId"))).selectByVisibleText("Lò Văn Thắng — Phó Trưởng ban Thường trực");
            clerk.find(By.cssSelector("form[action$='/submit'] button")).click();
            assertThat(clerk.find(By.cssSelector(".alert-success")).getText()).contains("Đã trình lãnh đạo");
            clerk.screenshot("incoming-submitted");
        }
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go("/documents/incoming?box=AWAITING_DIRECTIVE");
            assertThat(leader.pageText()).contains(summary);
            leader.find(By.partialLinkText(notation.substring(0, 2).equals("27") ? "Về việc tuyên truyền Ngày hội" : summary))
                    .click();
            assertThat(leader.heading()).contains(summary);
        }
    }

    /** Chromium's date input takes the digits in the order the locale shows them (dd/mm/yyyy for Vietnamese). */
    private static void typeDate(Browser browser, String id, LocalDate date) {
        var input = browser.find(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }
}
