package vn.eoffice.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.people.CompetencyGroup;
import vn.eoffice.people.PeopleManagement;
import vn.eoffice.people.PositionForm;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.TheoryLevel;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's journey in the browser: the personnel office adds a person and assigns him a position, he assesses
 * himself from his queue, his unit head reviews from hers, the gap report shows the gap and the unit's training plan
 * takes it. Every new page is checked by axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class PeopleBrowserTests {

    private static final String PASSWORD = "Secret123x";
    private static final String UNIT = "Phòng Tuyên truyền, Báo chí – Xuất bản";

    @LocalServerPort int port;
    @Autowired UserManagement users;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired PeopleManagement people;

    @Test
    void officeAddsAndPlacesAPersonWhoAssessesHimselfHisHeadReviewsAndThePlanTakesTheGap() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Lò Văn Thành " + tag;
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        Long unit = organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> "TTBC".equals(u.abbreviation())).findFirst().orElseThrow().id();
        String login = "lvt" + tag;
        users.create(new UserDetailsForm(login, name, "Chuyên viên", null, null, clerk.agencyId(), unit,
                EnumSet.of(Role.OFFICER), Secrecy.NONE, true), PASSWORD);
        String positionName = "Chuyên viên phát triển nội dung số " + tag;
        Long position = people.createPosition(clerk, new PositionForm(unit, positionName, PositionKind.PROFESSIONAL,
                null, null, TheoryLevel.INTERMEDIATE, 0, 1, List.of(
                        new PositionForm.Competency("Sản xuất nội dung tuyên truyền số", CompetencyGroup.PROFESSIONAL,
                                4),
                        new PositionForm.Competency("Ứng dụng công nghệ thông tin", CompetencyGroup.GENERAL, 3))));
        var axe = Axe.load();

        try (var office = Browser.open(port)) {
            office.login("vanthu", "demo123");
            office.go("/people/new");
            office.find(By.id("fullName")).sendKeys(name);
            office.find(By.id("birthDate")).sendKeys("12/04/1992");
            new Select(office.find(By.id("gender"))).selectByVisibleText("Nam");
            new Select(office.find(By.id("ethnicity"))).selectByVisibleText("Thái");
            assertThat(office.pickByKeys("unitId", "tuyen truyen", UNIT)).containsExactly(UNIT);
            assertThat(office.pickByKeys("userId", name, name)).singleElement().asString().contains(name);
            new Select(office.find(By.id("theoryLevel"))).selectByVisibleText("Sơ cấp");
            office.clickAndWait(By.cssSelector("form[action$='/people'] button[type=submit]"));
            office.waitForText(name);

            office.go("/positions/" + position);
            assertThat(office.pickByKeys("cadreId", name, name)).singleElement().asString().contains(name);
            office.clickAndWait(By.cssSelector("form[action$='/assignments'] button"));
            office.waitForText(name);
        }
        String sheet;
        try (var person = Browser.open(port)) {
            person.login(login, PASSWORD);
            person.clickAndWait(By.cssSelector("#queue-nav a[data-queue-kind='queue.people.SELF_ASSESS']"));
            assertThat(person.pageText()).contains("Tự đánh giá năng lực năm " + OfficeDate.today().getYear(),
                    positionName, "Sản xuất nội dung tuyên truyền số");
            assertThat(axe.seriousViolations(person)).as("axe on the self-assessment").isEmpty();
            new Select(person.find(By.id("level-0"))).selectByVisibleText("3");
            person.find(By.id("evidence-0")).sendKeys("Sản xuất 8 video ngắn");
            new Select(person.find(By.id("level-1"))).selectByVisibleText("3");
            person.clickAndWait(By.cssSelector("#self-assessment button[type=submit]"));
            person.waitForText("Đã gửi đánh giá năng lực");
            sheet = person.driver().getCurrentUrl().replace("http://localhost:" + port, "");
        }
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.clickAndWait(By.cssSelector("#queue-nav a[data-queue-kind='queue.people.REVIEW']"));
            head.clickAndWait(By.linkText(name + " — đánh giá năng lực năm " + OfficeDate.today().getYear()));
            assertThat(head.driver().getCurrentUrl()).endsWith(sheet);
            assertThat(head.pageText()).contains("Sản xuất 8 video ngắn");
            assertThat(axe.seriousViolations(head)).as("axe on the review").isEmpty();
            new Select(head.find(By.id("level-0"))).selectByVisibleText("2");
            head.find(By.id("comment")).sendKeys("Cần bồi dưỡng thêm kỹ năng sản xuất nội dung số.");
            head.clickAndWait(By.cssSelector("form[action$='/review'] button[type=submit]"));
            head.waitForText("Đã duyệt đánh giá năng lực");
            assertThat(head.pageText()).contains("Thiếu 2 mức");
        }
        try (var office = Browser.open(port)) {
            office.login("vanthu", "demo123");
            office.go("/competency/gaps");
            assertThat(axe.seriousViolations(office)).as("axe on the gap report").isEmpty();
            office.clickAndWait(By.linkText(UNIT));
            assertThat(office.find(By.id("gaps-people")).getText()).contains(name, "Sản xuất nội dung tuyên truyền số",
                    "Thiếu 2 mức");

            office.go("/training");
            assertThat(axe.seriousViolations(office)).as("axe on the training plans").isEmpty();
            office.clickAndWait(By.xpath("//tr[td[normalize-space()='" + UNIT + "']]//button"));
            office.waitForText("Đã lập (cập nhật) dự thảo kế hoạch");
            assertThat(office.find(By.id("items")).getText()).contains(name,
                    "Bồi dưỡng: Sản xuất nội dung tuyên truyền số", "Lý luận chính trị trung cấp");
            assertThat(axe.seriousViolations(office)).as("axe on a training plan").isEmpty();
            office.screenshot("training-plan");

            office.clickAndWait(By.linkText(name));
            assertThat(office.heading()).contains(name);
            assertThat(axe.seriousViolations(office)).as("axe on the courses").isEmpty();
        }
    }
}
