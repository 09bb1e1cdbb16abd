package vn.eoffice.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personnel office's clerk reads the staff statistics of one unit, then imports a list with one bad row: the
 * report names the row, the column and the fault in Vietnamese, the confirmation imports the good row. Both pages,
 * the report shown, pass axe-core (no critical or serious violation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class PeopleReportsBrowserTests {

    @LocalServerPort int port;

    @Test
    void theClerkReadsTheStatisticsAndImportsAListAfterReadingItsReport() throws Exception {
        var axe = Axe.load();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var csv = Files.createTempFile("danh-sach-", ".csv");
        Files.writeString(csv, "STT,Họ và tên (*),Ngày sinh (*),Giới tính (*),Dân tộc (*),Đơn vị\n"
                + "1,Lò Thị Nhập " + tag + ",02/09/1996,Nữ,Thái,Văn phòng\n"
                + "2,Lò Văn Sai " + tag + ",30/02/1990,Nam,Thái,Văn phòng\n", StandardCharsets.UTF_8);
        try (var clerk = Browser.open(port, 1366, 900, "vi")) {
            clerk.login("vanthu", "demo123");
            clerk.go("/people");
            clerk.clickAndWait(By.linkText("Thống kê cán bộ"));
            assertThat(clerk.heading()).isEqualTo("Thống kê cán bộ");
            assertThat(clerk.pickByKeys("unit", "ly luan", "Phòng Lý luận chính trị, Lịch sử Đảng"))
                    .singleElement().asString().contains("Phòng Lý luận chính trị, Lịch sử Đảng");
            clerk.clickAndWait(By.cssSelector("form[action$='/people/statistics'] button[type=submit]"));
            assertThat(clerk.find(By.id("stats-unit")).getText()).contains("Phòng Lý luận chính trị, Lịch sử Đảng")
                    .doesNotContain("Văn phòng");
            assertThat(clerk.pageText()).contains("Cơ cấu theo dân tộc", "Dưới 30 tuổi", "Tải thống kê (Excel)");
            assertThat(axe.seriousViolations(clerk)).as("statistics").isEmpty();
            clerk.screenshot("people-statistics");

            clerk.go("/people/import");
            clerk.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            clerk.clickAndWait(By.cssSelector("form[action$='/preview'] button[type=submit]"));
            String errors = clerk.find(By.id("import-errors")).getText();
            assertThat(errors).contains("3", "Ngày sinh (*) (ngày/tháng/năm)", "30/02/1990");
            assertThat(clerk.find(By.id("import-valid")).getText()).contains("Lò Thị Nhập " + tag);
            assertThat(axe.seriousViolations(clerk)).as("import report").isEmpty();
            clerk.screenshot("people-import-report");
            clerk.clickAndWait(By.cssSelector("form[action$='/confirm'] button"));
            clerk.waitForText("Đã nhập danh sách cán bộ.");
            clerk.go("/people?q=" + tag);
            assertThat(clerk.pageText()).contains("Lò Thị Nhập " + tag).doesNotContain("Lò Văn Sai " + tag);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
