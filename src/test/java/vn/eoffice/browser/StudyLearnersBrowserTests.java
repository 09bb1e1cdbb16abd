package vn.eoffice.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.platform.Dates;
import vn.eoffice.study.LearnerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's clerk from his queue: registers the learners of his cells, records the class, marks everyone present
 * but one absent with the reason, enters a reflection and grades it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class StudyLearnersBrowserTests {

    @LocalServerPort int port;
    @Autowired LearnerFixtures fixtures;

    @Test
    void fromTheQueueToAGradedReflection() throws Exception {
        var study = fixtures.study(2);
        try (var browser = Browser.open(port).login(study.province().first().clerk().username(), "Secret123x")) {
            browser.go("/queue");
            browser.clickAndWait(By.cssSelector("a[data-queue-kind='study.learner.queue.register']"));
            browser.click(By.id("reg-cell-0"));
            browser.click(By.id("reg-cell-1"));
            browser.click(By.id("reg-leaders"));
            browser.clickAndWait(By.cssSelector("#register-form button[type=submit]"));
            assertThat(browser.pageText()).contains("Đã đăng ký học viên", "Lò Văn Chủ");

            new Select(browser.find(By.id("session-kind"))).selectByValue("CLASS");
            browser.find(By.id("session-date")).sendKeys(Dates.DATE.format(OfficeDate.today()));
            browser.find(By.id("session-place")).sendKeys("Hội trường xã");
            browser.clickAndWait(By.cssSelector("#session-form button[type=submit]"));
            assertThat(browser.find(By.id("sessions")).getText()).contains("Hội trường xã");

            var absent = browser.find(By.cssSelector("input[name=absent]"));
            String id = absent.getAttribute("value");
            browser.click(By.id("absent-" + id));
            browser.find(By.id("reason-" + id)).sendKeys("Đi công tác");
            browser.clickAndWait(By.cssSelector("#attendance-form button[type=submit]"));
            assertThat(browser.pageText()).contains("Đã ghi điểm danh", "Đi công tác");
            assertThat(browser.find(By.id("learner-counts")).getText()).contains("Vắng");
            browser.screenshot("study-attendance");

            var text = browser.find(By.cssSelector("textarea[name=text]"));
            String learner = text.getAttribute("id").substring("text-".length());
            text.sendKeys("Nhận thức sâu sắc về phát triển văn hóa, con người Điện Biên");
            browser.clickAndWait(By.cssSelector("#reflection-form-" + learner + " button[type=submit]"));
            assertThat(browser.pageText()).contains("Đã ghi nhận bài thu hoạch");
            new Select(browser.find(By.id("grade-" + learner))).selectByValue("EXCELLENT");
            browser.clickAndWait(By.cssSelector("#grade-form-" + learner + " button[type=submit]"));
            assertThat(browser.pageText()).contains("Đã xếp loại bài thu hoạch");
            assertThat(browser.find(By.id("learner-" + learner)).getText()).contains("Tốt");
        }
    }
}
