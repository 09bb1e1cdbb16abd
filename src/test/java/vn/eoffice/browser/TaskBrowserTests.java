package vn.eoffice.browser;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's journey in the browser: the leader assigns it to a unit, the unit head reports progress with a file and
 * completes it, the leader accepts it and sees the timeliness and quality recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class TaskBrowserTests {

    @LocalServerPort int port;

    @Test
    void leaderAssignsUnitHeadReportsProgressAndCompletesLeaderAccepts() throws Exception {
        String title = "Tổng hợp dư luận xã hội tháng " + UUID.randomUUID().toString().substring(0, 6);
        String taskPath;
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go("/tasks");
            leader.clickAndWait(By.linkText("Giao việc"));
            leader.find(By.name("title")).sendKeys(title);
            assertThat(leader.pickField(leader.find(By.cssSelector("form[action$='/tasks/new']")), "lead",
                    "Phòng Tuyên truyền, Báo chí – Xuất bản")).containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            setDate(leader, "deadline", OfficeDate.today().plusDays(7));
            leader.clickAndWait(By.cssSelector("form[action$='/tasks/new'] button[type=submit]"));
            assertThat(leader.find(By.cssSelector(".alert-success")).getText()).contains("Đã giao việc");
            assertThat(leader.heading()).contains(title);
            taskPath = leader.driver().getCurrentUrl().replace("http://localhost:" + port, "");
        }
        var pdf = Files.createTempFile("tien-do", ".pdf");
        Files.write(pdf, TestFiles.pdf("Bao cao tien do"));
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.go("/tasks");
            head.clickAndWait(By.linkText(title));
            var percent = head.find(By.id("percent"));
            percent.clear();
            percent.sendKeys("50");
            head.find(By.id("progress-note")).sendKeys("Đã tổng hợp ý kiến ở 5 huyện");
            head.find(By.id("progress-files")).sendKeys(pdf.toAbsolutePath().toString());
            head.clickAndWait(By.cssSelector("form[action$='/progress'] button"));
            head.waitForText("Đã cập nhật tiến độ");
            assertThat(head.pageText()).contains("Đã tổng hợp ý kiến ở 5 huyện");
            assertThat(head.find(By.cssSelector("a[href*='/files/']")).getText()).endsWith(".pdf");
            head.find(By.id("result")).sendKeys("Đã gửi báo cáo tổng hợp dư luận");
            head.clickAndWait(By.cssSelector("form[action$='/complete'] button"));
            head.waitForText("chờ người giao duyệt kết quả");
        } finally {
            Files.deleteIfExists(pdf);
        }
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go(taskPath);
            leader.find(By.id("accept-comment")).sendKeys("Báo cáo đầy đủ");
            leader.clickAndWait(By.cssSelector("form[action$='/accept'] button"));
            leader.waitForText("Đã duyệt kết quả công việc");
            assertThat(leader.pageText()).contains("Đúng hạn", "Đạt yêu cầu");
            leader.screenshot("task-accepted");
        }
    }

    private static void setDate(Browser browser, String name, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.name(name)), date.toString());
    }
}
