package vn.eoffice.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring in the browser: the leader registers a resolution and gives a plan item to a unit, the unit head sends
 * the quarter's report, and the leader sees it on the document and finds the unit on the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class MonitoringBrowserTests {

    @LocalServerPort int port;

    @Test
    void leaderRegistersAndPlansUnitHeadReportsLeaderFollowsUp() throws Exception {
        String title = "Nghị quyết về chuyển đổi số trong công tác tuyên giáo " + UUID.randomUUID().toString()
                .substring(0, 6);
        String documentPath;
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go("/monitoring");
            assertThat(leader.pageText()).contains("45-NQ/TU");
            leader.clickAndWait(By.linkText("Đăng ký văn bản theo dõi"));
            leader.find(By.id("title")).sendKeys(title);
            leader.find(By.id("notation")).sendKeys("52-NQ/TU");
            assertThat(leader.pick("responsibleUnitId", "Phòng Tuyên truyền, Báo chí – Xuất bản"))
                    .containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            leader.clickAndWait(By.cssSelector("form[action$='/monitoring'] button"));
            assertThat(leader.find(By.cssSelector(".alert-success")).getText()).contains("Đã đăng ký");
            documentPath = leader.driver().getCurrentUrl().replace("http://localhost:" + port, "");

            leader.click(By.cssSelector("details summary"));
            leader.find(By.id("item-title")).sendKeys("Số hóa tài liệu tuyên truyền");
            assertThat(leader.pick("item-lead", "Phòng Tuyên truyền, Báo chí – Xuất bản"))
                    .containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            ((JavascriptExecutor) leader.driver()).executeScript("arguments[0].value = arguments[1]",
                    leader.find(By.id("item-deadline")), OfficeDate.today().plusDays(30).toString());
            leader.clickAndWait(By.cssSelector("form[action$='/items'] button"));
            leader.waitForText("Đã thêm nhiệm vụ");
            assertThat(leader.pageText()).contains("Số hóa tài liệu tuyên truyền", "Chưa báo cáo");
        }
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.go(documentPath);
            head.clickAndWait(By.linkText("Báo cáo"));
            head.find(By.id("done")).sendKeys("Đã số hóa 40 tài liệu");
            head.find(By.id("difficulties")).sendKeys("Thiếu máy quét");
            head.clickAndWait(By.cssSelector("form[enctype] button"));
            head.waitForText("Đã gửi báo cáo");
            assertThat(head.pageText()).contains("Đã số hóa 40 tài liệu", "Thiếu máy quét");
        }
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go(documentPath);
            assertThat(leader.pageText()).contains("Đã báo cáo", "Đã số hóa 40 tài liệu");
            leader.go("/dashboard");
            assertThat(leader.pageText()).contains("Theo đơn vị", "Phòng Tuyên truyền, Báo chí – Xuất bản", title);
            leader.screenshot("monitoring-dashboard");
        }
    }
}
