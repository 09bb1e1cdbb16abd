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

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incoming document's journey in the browser: the clerk registers and submits it, the leader directs it to a
 * unit, the unit head hands it to an officer, the officer reports progress and completion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class IncomingDocumentBrowserTests {

    @LocalServerPort int port;

    @Test
    void clerkRegistersLeaderDirectsUnitHeadAssignsOfficerCompletes() throws Exception {
        String notation = "27-CV/" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String summary = "Về việc tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc " + notation;
        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            clerk.go("/documents/incoming");
            clerk.clickAndWait(By.linkText("Vào sổ văn bản đến"));
            clerk.find(By.id("issuerName")).sendKeys("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên");
            clerk.find(By.id("notation")).sendKeys(notation);
            typeDate(clerk, "documentDate", OfficeDate.today().minusDays(1));
            new Select(clerk.find(By.id("urgency"))).selectByVisibleText("Khẩn");
            clerk.find(By.id("summary")).sendKeys(summary);
            typeDate(clerk, "deadline", OfficeDate.today().plusDays(5));
            var pdf = java.nio.file.Files.createTempFile("cong-van", ".pdf");
            java.nio.file.Files.write(pdf, vn.eoffice.files.TestFiles.pdfOfPages(2));
            clerk.find(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
            clerk.clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));

            assertThat(clerk.find(By.cssSelector(".alert-success")).getText()).contains("Đã vào sổ văn bản đến");
            assertThat(clerk.heading()).contains(summary);
            assertThat(clerk.pageText()).contains(notation, "Khẩn", "đã vào sổ văn bản đến");

            // "Trình lãnh đạo" offers the leaders only, found by their title and chosen with the arrow keys
            assertThat(clerk.pickByKeys("leaderId", "truong ban", "Lò Văn Thắng")).containsExactly("Lò Văn Thắng");
            assertThat(Axe.load().seriousViolations(clerk)).as("axe on the clerk's document page").isEmpty();
            clerk.clickAndWait(By.cssSelector("form[action$='/submit'] button"));
            assertThat(clerk.find(By.cssSelector(".alert-success")).getText()).contains("Đã trình lãnh đạo");
            clerk.screenshot("incoming-submitted");
        }
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go("/documents/incoming?box=AWAITING_DIRECTIVE");
            assertThat(leader.pageText()).contains(summary);
            leader.clickAndWait(By.partialLinkText("Về việc tuyên truyền Ngày hội"));
            assertThat(leader.heading()).contains(summary);

            // the leader reads the document's first page beside the directive form, which starts from its deadline
            var firstPage = leader.find(By.cssSelector(".eo-viewer img.eo-viewer-page"));
            new org.openqa.selenium.support.ui.WebDriverWait(leader.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return arguments[0].naturalWidth", firstPage)).intValue() == 1000);
            var form = leader.find(By.id("directive"));
            assertThat(firstPage.getRect().getX() + firstPage.getRect().getWidth()).isLessThanOrEqualTo(
                    form.getRect().getX());
            assertThat(firstPage.getRect().getY()).isLessThan(form.getRect().getY() + form.getRect().getHeight());
            assertThat(leader.pageText()).contains("2 trang", "Tải về");
            assertThat(leader.find(By.id("deadline")).getAttribute("value"))
                    .isEqualTo(OfficeDate.today().plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(Axe.load().seriousViolations(leader)).as("axe on the document page with its viewer").isEmpty();
            leader.screenshot("incoming-leader-reads-while-directing");

            // the directive: Phòng Tuyên truyền leads, two units picked by typing "phong" help, ten days
            assertThat(leader.pick("leadUnitId", "Phòng Tuyên truyền, Báo chí – Xuất bản"))
                    .containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            assertThat(leader.pick("coUnitIds", "phong")).containsExactly("Văn phòng");
            // the list stays open for the next choice: combobox and listbox semantics hold while it shows
            assertThat(Axe.load().seriousViolations(leader)).isEmpty();
            // the next match would be the lead unit again: one step down takes the one after it
            assertThat(leader.pick("coUnitIds", "phong", 1))
                    .containsExactly("Văn phòng", "Phòng Khoa giáo, Văn hóa – Văn nghệ");
            typeDate(leader, "deadline", OfficeDate.today().plusDays(10));
            leader.find(By.id("opinion")).sendKeys("Giao Phòng Tuyên truyền chủ trì, báo cáo kết quả.");
            leader.clickAndWait(By.cssSelector("form[action$='/directive'] button[type=submit]"));
            assertThat(leader.find(By.cssSelector(".alert-success")).getText()).contains("Đã ghi ý kiến chỉ đạo");
            assertThat(leader.pageText()).contains("Phối hợp: Văn phòng", "Phối hợp: Phòng Khoa giáo, Văn hóa – Văn nghệ");
            documentUrl = leader.driver().getCurrentUrl();
        }
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.go("/documents/incoming?box=TO_PROCESS");
            head.clickAndWait(By.partialLinkText("Về việc tuyên truyền Ngày hội"));
            head.clickAndWait(By.partialLinkText("Xử lý văn bản " + notation));
            var breakDown = head.find(By.cssSelector("form[action$='/subtasks']"));
            assertThat(breakDown.findElement(By.name("title")).getAttribute("value")).contains(notation);
            assertThat(head.find(By.cssSelector(".eo-viewer img.eo-viewer-page")).isDisplayed()).isTrue();
            assertThat(Axe.load().seriousViolations(head)).as("axe on the task page with its viewer").isEmpty();
            breakDown.findElement(By.name("title")).clear();
            breakDown.findElement(By.name("title")).sendKeys("Dự thảo báo cáo kết quả tuyên truyền");
            assertThat(head.pickField(breakDown, "lead", "Quàng Văn Hùng")).containsExactly("Quàng Văn Hùng");
            setDate(head, breakDown.findElement(By.name("deadline")), OfficeDate.today().plusDays(7));
            head.clickAndWait(By.cssSelector("form[action$='/subtasks'] button"));
            assertThat(head.pageText()).contains("Dự thảo báo cáo kết quả tuyên truyền");
        }
        try (var officer = Browser.open(port)) {
            officer.login("chuyenvien", "demo123");
            officer.go("/tasks");
            officer.clickAndWait(By.partialLinkText("Dự thảo báo cáo kết quả tuyên truyền"));
            var progress = officer.find(By.cssSelector("form[action$='/progress']"));
            progress.findElement(By.name("percent")).clear();
            progress.findElement(By.name("percent")).sendKeys("60");
            officer.clickAndWait(By.cssSelector("form[action$='/progress'] button"));
            officer.waitForText("Cập nhật tiến độ 60%");
            officer.find(By.cssSelector("form[action$='/complete'] textarea")).sendKeys("Đã hoàn thành dự thảo");
            officer.clickAndWait(By.cssSelector("form[action$='/complete'] button"));
            officer.waitForText("Báo cáo hoàn thành lúc");
            officer.go(documentUrl.replace("http://localhost:" + port, ""));
            assertThat(officer.pageText()).contains("cập nhật tiến độ", "báo cáo hoàn thành");
            officer.screenshot("incoming-officer-completed");
        }
    }

    private String documentUrl;

    private static void setDate(Browser browser, org.openqa.selenium.WebElement input, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }

    /** Chromium's date input takes the digits in the order the locale shows them (dd/mm/yyyy for Vietnamese). */
    private static void typeDate(Browser browser, String id, LocalDate date) {
        var input = browser.find(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }
}
