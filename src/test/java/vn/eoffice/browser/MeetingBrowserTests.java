package vn.eoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingPlan;

/**
 * A weekly briefing in the browser: the leader schedules it with a unit invited (warned that he already has a
 * meeting that morning, he confirms), the unit head answers the
 * invitation and submits the unit's report, the secretary sees the report and records a conclusion that becomes
 * the unit's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class MeetingBrowserTests {

    @LocalServerPort int port;
    @Autowired MeetingManagement meetings;
    @Autowired UserDetailsService accounts;

    @Test
    void leaderSchedulesUnitHeadAnswersAndReportsSecretaryConcludes() throws Exception {
        String title = "Giao ban công tác tuần " + UUID.randomUUID().toString().substring(0, 6);
        String meetingPath;
        // the leader already receives a delegation that morning: the form warns before the briefing is saved
        var lanhdao = (CurrentUser) accounts.loadUserByUsername("lanhdao");
        var day = OfficeDate.today().plusDays(2);
        String clash = "Tiếp đoàn công tác " + UUID.randomUUID().toString().substring(0, 6);
        meetings.schedule(lanhdao, new MeetingPlan(clash, MeetingKind.THEMATIC, lanhdao.id(), null, at(day, 9),
                at(day, 9).plusSeconds(1800), null, true, null, null, null, Set.of(), Set.of(), List.of(), List.of()));
        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            leader.go("/meetings");
            leader.clickAndWait(By.linkText("Lên lịch họp"));
            leader.find(By.id("title")).sendKeys(title);
            new Select(leader.find(By.id("kind"))).selectByVisibleText("Giao ban tuần");
            assertThat(leader.chips("chairId")).containsExactly("Lò Văn Thắng");
            assertThat(leader.pick("secretaryId", "luong thi thu")).containsExactly("Lường Thị Thu");
            set(leader, "date", OfficeDate.today().plusDays(2).toString());
            set(leader, "startTime", "08:00");
            set(leader, "endTime", "10:00");
            // the invitees are chosen by keyboard: typed without diacritics, moved to with the arrows, Enter
            assertThat(leader.pickByKeys("unitIds", "phong", "Phòng Tuyên truyền, Báo chí – Xuất bản"))
                    .containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            assertThat(leader.pickByKeys("userIds", "thi", "Đinh Thị Mai")).containsExactly("Đinh Thị Mai");
            assertThat(Axe.load().seriousViolations(leader)).as("axe on the meeting form with its pickers").isEmpty();
            leader.find(By.id("agenda-0")).sendKeys("Các phòng báo cáo kết quả tuần");
            changed(leader, "endTime");
            leader.waitForText(clash);
            assertThat(leader.find(By.id("meeting-conflicts")).getText()).contains("Người chủ trì Lò Văn Thắng");
            leader.clickAndWait(By.cssSelector("form[action$='/meetings'] button[type=submit]"));
            assertThat(leader.pageText()).contains("Lịch họp chưa được lưu", clash);
            leader.click(By.id("confirmConflicts"));
            leader.clickAndWait(By.cssSelector("form[action$='/meetings'] button[type=submit]"));

            assertThat(leader.find(By.cssSelector(".alert-success")).getText()).contains("Đã lên lịch họp");
            assertThat(leader.heading()).contains(title);
            assertThat(leader.pageText()).contains("Phòng Tuyên truyền, Báo chí – Xuất bản", "Chưa trả lời",
                    "Các phòng báo cáo kết quả tuần", "Vào phòng họp trực tuyến");
            assertThat(leader.find(By.id("invitees")).getText()).contains("Đinh Thị Mai");
            meetingPath = leader.driver().getCurrentUrl().replace("http://localhost:" + port, "");

            // changing the meeting: those invited stay invited, shown locked among the chosen (no remove button)
            leader.go(meetingPath + "/edit");
            assertThat(leader.chips("unitIds")).singleElement().asString()
                    .startsWith("Phòng Tuyên truyền, Báo chí – Xuất bản").contains("không bỏ được");
            var locked = leader.find(By.id("userIds")).findElement(By.xpath("./ancestor::*[@data-eo-picker][1]"))
                    .findElements(By.cssSelector(".eo-chip"));
            assertThat(locked).singleElement().satisfies(chip -> {
                assertThat(chip.getText()).contains("Đinh Thị Mai");
                assertThat(chip.getDomAttribute("class")).contains("eo-chip-locked");
                assertThat(chip.findElements(By.cssSelector(".btn-close"))).isEmpty();
            });
            assertThat(Axe.load().seriousViolations(leader)).as("axe on the meeting's change form").isEmpty();
        }
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.go("/meetings");
            assertThat(head.find(By.id("awaiting")).getText()).contains(title);
            head.clickAndWait(By.linkText(title));
            assertThat(head.heading()).contains(title);
            new Select(head.find(By.cssSelector(".answer-form select[name=answer]"))).selectByVisibleText("Tham dự");
            head.clickAndWait(By.cssSelector(".answer-form button[type=submit]"));
            assertThat(head.find(By.cssSelector(".alert-success")).getText()).contains("Đã gửi trả lời");
            assertThat(head.find(By.id("invitees")).getText()).contains("Tham dự");

            head.find(By.id("results")).sendKeys("Hoàn thành 12 tin bài tuyên truyền");
            head.find(By.id("plan")).sendKeys("Tuyên truyền kỷ niệm ngày thành lập Đảng");
            head.find(By.id("proposals")).sendKeys("Đề nghị bổ sung kinh phí");
            head.clickAndWait(By.cssSelector("#report-form button[type=submit]"));
            assertThat(head.find(By.cssSelector(".alert-success")).getText()).contains("Đã gửi báo cáo");
            assertThat(head.find(By.id("unit-reports")).getText()).contains("Đã gửi");
        }
        try (var secretary = Browser.open(port)) {
            secretary.login("vanthu", "demo123");
            secretary.go(meetingPath);
            assertThat(secretary.find(By.id("consolidated")).getText())
                    .contains("Hoàn thành 12 tin bài tuyên truyền", "Đề nghị bổ sung kinh phí");
            secretary.find(By.id("conclusion-content"))
                    .sendKeys("Phòng Tuyên truyền xây dựng kế hoạch tuyên truyền kỷ niệm ngày thành lập Đảng");
            secretary.pickByKeys("leadUnitId", "tuyen truyen", "Phòng Tuyên truyền, Báo chí – Xuất bản");
            set(secretary, "conclusion-deadline", OfficeDate.today().plusDays(14).toString());
            secretary.clickAndWait(By.cssSelector("#conclusion-form button[type=submit]"));
            assertThat(secretary.find(By.cssSelector(".alert-success")).getText()).contains("Đã ghi kết luận");
            assertThat(secretary.find(By.id("conclusions")).getText())
                    .contains("xây dựng kế hoạch tuyên truyền kỷ niệm", "Phòng Tuyên truyền, Báo chí – Xuất bản");
            secretary.screenshot("meeting-concluded");
        }
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            head.go(meetingPath);
            head.clickAndWait(By.linkText("Theo dõi"));
            assertThat(head.heading()).contains("xây dựng kế hoạch tuyên truyền kỷ niệm");
        }
    }

    /** Tells the page a field changed, as leaving it after typing does (the form then checks for conflicts). */
    private static void changed(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", browser.find(By.id(id)));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static void set(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), value);
    }
}
