package vn.eoffice.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Dates;
import vn.eoffice.study.StudyFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study programme from the list to the figures: the commission's leader plans it for two communes (chosen in the
 * picker), opens it and schedules the online conference; a commune's clerk checks his point's readiness; the
 * leader sees the point ready and the figures of both committees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class StudyBrowserTests {

    @LocalServerPort int port;
    @Autowired StudyFixtures fixtures;

    @Test
    void fromTheProgrammeListToTheFigures() throws Exception {
        var p = fixtures.province();
        String programme;
        try (var browser = as(p.leader())) {
            browser.go("/study");
            browser.clickAndWait(By.id("plan-link"));
            browser.find(By.id("title")).sendKeys("Học tập, quán triệt Nghị quyết thử nghiệm");
            browser.find(By.id("notation")).sendKeys("09-NQ/TU");
            browser.pick("committeeIds", tag(p.first().name()));
            assertThat(browser.pick("committeeIds", tag(p.second().name()))).hasSize(2);
            browser.clickAndWait(By.cssSelector("#plan-form button.btn-primary[type=submit]"));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("Dự thảo");
            programme = browser.driver().getCurrentUrl().replaceAll(".*/study/programmes/(\\d+).*", "$1");
            browser.clickAndWait(By.cssSelector("#open-form button"));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("Đang triển khai");
            browser.clickAndWait(By.id("conference-link"));
            browser.find(By.id("day")).sendKeys(Dates.DATE.format(OfficeDate.today().plusDays(2)));
            browser.clickAndWait(By.cssSelector("#conference-form button[type=submit]"));
            assertThat(browser.find(By.id("points-table")).getText()).contains(p.first().name(),
                    p.second().name(), "Chưa kiểm tra");
            browser.screenshot("study-conference-organiser");
        }
        try (var clerk = as(p.first().clerk())) {
            clerk.go("/study");
            clerk.clickAndWait(By.linkText("Học tập, quán triệt Nghị quyết thử nghiệm"));
            clerk.clickAndWait(By.id("conference-link"));
            WebElement form = clerk.find(By.cssSelector("form.readiness-form"));
            for (var ok : form.findElements(By.cssSelector("input[type=radio][value=true]"))) {
                clerk.click(By.id(ok.getAttribute("id")));
            }
            clerk.clickAndWait(By.cssSelector("form.readiness-form button[type=submit]"));
            assertThat(clerk.find(By.id("points-table")).getText()).contains("Sẵn sàng")
                    .doesNotContain(p.second().name());
            clerk.screenshot("study-readiness-commune");
        }
        try (var browser = as(p.leader())) {
            browser.go("/study/programmes/" + programme + "/conference");
            assertThat(browser.find(By.id("ready-count")).getText()).contains("1/2");
            browser.go("/study/programmes/" + programme);
            browser.clickAndWait(By.id("figures-link"));
            assertThat(browser.find(By.id("figures-table")).getText()).contains(p.first().name(),
                    p.second().name(), "Tổng cộng");
            browser.screenshot("study-figures");
        }
    }

    private static String tag(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private Browser as(CurrentUser user) throws Exception {
        return Browser.open(port).login(user.username(), StudyFixtures.PASSWORD);
    }
}
