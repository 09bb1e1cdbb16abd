package vn.eoffice.browser;

import java.nio.file.Files;
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
 * The clerk forgets the summary: the registration form comes back with the focus on it and the chosen PDF still
 * attached (sent with a progress bar, stored once, carried back); the next post registers the document with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class KeptFileBrowserTests {

    @LocalServerPort int port;

    @Test
    void aValidationErrorKeepsTheChosenFileAndFocusesTheFieldToFix() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6);
        var pdf = Files.createTempFile("cong-van-" + id + "-", ".pdf");
        Files.write(pdf, TestFiles.pdf("Cong van " + id));
        String name = pdf.getFileName().toString();
        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            clerk.go("/documents/incoming");
            clerk.clickAndWait(By.linkText("Vào sổ văn bản đến"));
            clerk.find(By.id("issuerName")).sendKeys("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên");
            clerk.find(By.id("notation")).sendKeys("31-CV/" + id.toUpperCase());
            ((JavascriptExecutor) clerk.driver()).executeScript("arguments[0].value = arguments[1]",
                    clerk.find(By.id("documentDate")), OfficeDate.today().minusDays(1).toString());
            clerk.find(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
            clerk.clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));

            clerk.waitForText("Đã đính kèm: " + name);
            assertThat(clerk.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("summary");
            clerk.find(By.id("summary")).sendKeys("Về việc giữ tệp khi biểu mẫu còn lỗi " + id);
            clerk.clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));

            assertThat(clerk.find(By.cssSelector(".alert-success")).getText()).contains("Đã vào sổ văn bản đến");
            assertThat(clerk.heading()).contains("Về việc giữ tệp khi biểu mẫu còn lỗi " + id);
            assertThat(clerk.pageText()).contains(name);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }
}
