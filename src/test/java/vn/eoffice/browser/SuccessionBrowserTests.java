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
import vn.eoffice.succession.LeadershipLevel;
import vn.eoffice.succession.SuccessionFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's journey in the browser: the personnel office drafts the plan of a term, adds a cadre, records the vote
 * that introduced him and submits; the leader finds the plan in his queue and approves it by a decision. The plan's
 * page is checked by axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class SuccessionBrowserTests {

    @LocalServerPort int port;
    @Autowired SuccessionFixtures fixtures;

    @Test
    void theOfficeDraftsAndSubmitsAPlanAndTheLeaderApprovesIt() throws Exception {
        var term = fixtures.term();
        Long post = fixtures.post("Phó Trưởng phòng hành trình", LeadershipLevel.UNIT_DEPUTY);
        String name = SuccessionFixtures.unique("Lường Văn Trình");
        fixtures.cadre(name, 37, term.startDate());
        var axe = Axe.load();
        String planTitle = "Quy hoạch nhiệm kỳ " + term.name();

        try (var office = Browser.open(port)) {
            office.login("vanthu", "demo123");
            office.go("/succession");
            new Select(office.find(By.id("termId"))).selectByVisibleText(term.name());
            office.clickAndWait(By.cssSelector("form[action$='/succession'] button[type=submit]"));
            office.waitForText("Đã lập quy hoạch");
            assertThat(office.heading()).isEqualTo(planTitle);

            new Select(office.find(By.id("postId"))).selectByValue(String.valueOf(post));
            assertThat(office.pickByKeys("cadreId", name, name)).singleElement().asString().contains(name);
            office.clickAndWait(By.cssSelector("#add-candidate button[type=submit]"));
            office.waitForText("Đã thêm cán bộ vào quy hoạch");
            assertThat(office.pageText()).contains(name, "Đạt tiêu chuẩn");

            office.clickAndWait(By.linkText(name));
            office.find(By.id("issued")).sendKeys("12");
            office.find(By.id("valid")).sendKeys("12");
            office.find(By.id("inFavour")).sendKeys("10");
            office.clickAndWait(By.cssSelector("#vote-form button[type=submit]"));
            office.waitForText("Đã ghi kết quả giới thiệu");
            assertThat(office.pageText()).contains("10/12 phiếu (83,3%)");
            assertThat(axe.seriousViolations(office)).as("axe on the plan").isEmpty();

            office.clickAndWait(By.cssSelector("form[action$='/submit'] button[type=submit]"));
            office.waitForText("Đã trình lãnh đạo phê duyệt quy hoạch");
            assertThat(office.find(By.id("plan-status")).getText()).contains("Chờ phê duyệt");
        }
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.clickAndWait(By.cssSelector("#queue-nav a[data-queue-kind='queue.succession.APPROVE']"));
            leader.clickAndWait(By.linkText(planTitle));
            leader.find(By.id("decisionNumber")).sendKeys("125-QĐ/BTGDVTU");
            leader.find(By.id("decisionDate")).sendKeys(Dates.DATE.format(OfficeDate.today()));
            leader.clickAndWait(By.cssSelector("#approve button[type=submit]"));
            leader.waitForText("Đã phê duyệt quy hoạch");
            assertThat(leader.find(By.id("plan-status")).getText()).contains("Đã phê duyệt", "125-QĐ/BTGDVTU");
            assertThat(leader.find(By.id("history")).getText()).contains("Trình phê duyệt", "Phê duyệt");
        }
    }
}
