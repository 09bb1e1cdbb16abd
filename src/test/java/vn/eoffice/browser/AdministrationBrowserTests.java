package vn.eoffice.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens eOffice in a real browser, signs in with a demo account, switches language and administers the
 * demo commission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AdministrationBrowserTests {

    @LocalServerPort int port;

    @Test
    void adminSignsInSwitchesLanguageAndOpensEveryAdminScreen() throws Exception {
        try (var browser = Browser.open(port)) {
            browser.login("admin", "demo123");
            assertThat(browser.heading()).contains("Xin chào");

            browser.go("/admin/users");
            assertThat(browser.pageText()).contains("Lường Thị Thu", "Lò Văn Thắng");
            browser.go("/admin/agencies");
            assertThat(browser.pageText()).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên");
            browser.go("/admin/organization");
            assertThat(browser.pageText()).contains("Phòng Tuyên truyền, Báo chí – Xuất bản");
            browser.go("/admin/address-book");
            assertThat(browser.pageText()).contains("Ủy ban nhân dân tỉnh Điện Biên");
            browser.go("/admin/delegations");
            assertThat(browser.heading()).isNotBlank();
            browser.go("/admin/audit");
            assertThat(browser.heading()).isEqualTo("Nhật ký hệ thống");
            browser.find(By.cssSelector("button.btn-outline-danger")).click();
            assertThat(browser.find(By.cssSelector("#verification .alert-success")).getText())
                    .contains("toàn vẹn");

            browser.go("/?lang=en");
            assertThat(browser.heading()).contains("Hello");
            browser.go("/admin/audit");
            assertThat(browser.heading()).isEqualTo("Audit log");
            browser.screenshot("admin-audit-en");
            browser.go("/?lang=vi");
            assertThat(browser.heading()).contains("Xin chào");
        }
    }

    @Test
    void adminChoosesAnAgencyThenOneOfItsUnitsAndADelegatorByKeyboard() throws Exception {
        try (var browser = Browser.open(port)) {
            browser.login("admin", "demo123");
            browser.go("/admin/users/new");
            assertThat(Axe.load().seriousViolations(browser)).as("axe on the user form with its pickers").isEmpty();
            assertThat(browser.pickByKeys("agencyId", "tuan giao", "Đảng ủy xã Tuần Giáo"))
                    .containsExactly("Đảng ủy xã Tuần Giáo");
            // the unit picker is drawn again with the units of the agency just chosen, and works the same
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(
                    By.cssSelector("select[name='details.unitId']")).getDomProperty("textContent")
                    .contains("Ban Xây dựng Đảng"));
            assertThat(browser.pickByKeys("unitId", "xay dung", "Ban Xây dựng Đảng"))
                    .containsExactly("Ban Xây dựng Đảng");

            browser.go("/admin/delegations");
            assertThat(browser.pickByKeys("delegatorId", "van thang", "Lò Văn Thắng")).containsExactly("Lò Văn Thắng");
            assertThat(Axe.load().seriousViolations(browser)).as("axe on the delegations page").isEmpty();
        }
    }

    @Test
    void officerIsRefusedTheAdminScreensWithAFriendlyPage() throws Exception {
        try (var browser = Browser.open(port)) {
            browser.login("chuyenvien", "demo123");
            browser.go("/admin/users");
            assertThat(browser.heading()).isEqualTo("Không có quyền truy cập");
            assertThat(browser.pageText()).doesNotContain("Exception");
            browser.go("/khong-ton-tai");
            assertThat(browser.heading()).isEqualTo("Không tìm thấy");
        }
    }

    @Test
    void wrongPasswordShowsAClearMessage() throws Exception {
        try (var browser = Browser.open(port)) {
            browser.go("/login");
            browser.find(By.id("username")).sendKeys("vanthu");
            browser.find(By.id("password")).sendKeys("sai-mat-khau");
            browser.find(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".alert-danger")).getText())
                    .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
    }
}
