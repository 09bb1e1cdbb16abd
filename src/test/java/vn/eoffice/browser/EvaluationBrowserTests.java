package vn.eoffice.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;
import vn.eoffice.evaluation.EvaluationFixtures;
import vn.eoffice.evaluation.EvaluationManagement;
import vn.eoffice.evaluation.EvaluationRule;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Dates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluation from the officer's self-assessment to his published rating: the head proposes and records the unit's
 * meeting, the leader is refused "xuất sắc" by the quota (with the numbers), decides "tốt" and publishes; the officer
 * then sees his rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class EvaluationBrowserTests {

    @LocalServerPort int port;
    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationManagement management;

    @Test
    void fromSelfAssessmentToThePublishedRating() throws Exception {
        var office = fixtures.office(1);
        var officer = office.officer();
        fixtures.doneTask(office, officer, EvaluationFixtures.today(), true);
        Long period = management.open(office.personnel(), EvaluationFixtures.thisQuarter(EvaluationRule.STATE_335));

        try (var browser = as(officer)) {
            browser.go("/evaluation");
            browser.clickAndWait(By.cssSelector("#waiting-table a"));
            assertThat(browser.pageText()).contains("Kết quả tính từ công việc trong kỳ", "70,00");
            browser.find(By.id("self-general")).sendKeys("27");
            new Select(browser.find(By.id("self-rating"))).selectByValue("EXCELLENT");
            browser.find(By.id("self-comment")).sendKeys("Hoàn thành đúng hạn mọi việc được giao");
            browser.clickAndWait(By.cssSelector("#self-form button[type=submit]"));
            assertThat(browser.find(By.id("sheet-status")).getText()).isEqualTo("Chờ thủ trưởng đề xuất");
            browser.screenshot("evaluation-self");
        }
        try (var browser = as(office.head())) {
            browser.go("/evaluation");
            browser.clickAndWait(By.cssSelector("#waiting-table a"));
            var general = browser.find(By.id("head-general"));
            general.clear();
            general.sendKeys("27");
            new Select(browser.find(By.id("head-rating"))).selectByValue("EXCELLENT");
            browser.clickAndWait(By.cssSelector("#proposal-form button[type=submit]"));
            assertThat(browser.find(By.id("total-points")).getText()).isEqualTo("97,00");
            browser.find(By.id("meeting-date")).sendKeys(Dates.DATE.format(EvaluationFixtures.today()));
            browser.find(By.id("minutes")).sendKeys("Tập thể phòng thống nhất đề nghị");
            browser.find(By.id("present")).sendKeys("5");
            browser.find(By.id("agree")).sendKeys("5");
            browser.find(By.id("disagree")).sendKeys("0");
            browser.clickAndWait(By.cssSelector("#meeting-form button[type=submit]"));
            assertThat(browser.find(By.id("sheet-status")).getText()).isEqualTo("Chờ lãnh đạo quyết định");
        }
        try (var browser = as(office.leader())) {
            browser.go("/evaluation");
            browser.clickAndWait(By.cssSelector("#waiting-table a"));
            browser.clickAndWait(By.cssSelector("#decision-form button[type=submit]"));
            assertThat(browser.pageText()).contains("có 0 người Hoàn thành tốt nên chỉ được tối đa 0 người");
            browser.screenshot("evaluation-quota");
            new Select(browser.find(By.id("decision-rating"))).selectByValue("GOOD");
            browser.find(By.id("decision-note")).sendKeys("Theo tỷ lệ của phòng");
            browser.clickAndWait(By.cssSelector("#decision-form button[type=submit]"));
            assertThat(browser.find(By.id("decided-rating")).getText()).contains("Hoàn thành tốt nhiệm vụ");
            browser.go("/evaluation/periods/" + period);
            browser.clickAndWait(By.cssSelector("#publish-form button[type=submit]"));
            assertThat(browser.pageText()).contains("Đã công bố kết quả xếp loại");
        }
        try (var browser = as(officer)) {
            browser.go("/evaluation");
            assertThat(browser.find(By.id("mine-table")).getText()).contains("Đã công bố", "Hoàn thành tốt nhiệm vụ");
            browser.screenshot("evaluation-published");
        }
    }

    private Browser as(CurrentUser user) throws Exception {
        return Browser.open(port).login(user.username(), "Secret123x");
    }
}
