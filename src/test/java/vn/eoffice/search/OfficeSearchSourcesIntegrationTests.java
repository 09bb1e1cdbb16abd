package vn.eoffice.search;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.meetings.MeetingSummary;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingPlan;
import vn.eoffice.meetings.MeetingProceedings;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.TaskManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the office-wide search finds beyond titles: a task by its progress reports and completion report, a briefing
 * by the units' reports sent before it, a meeting by its materials' text; and someone who may not open the task or
 * the meeting finds nothing of any of it.
 */
@IntegrationTest
class OfficeSearchSourcesIntegrationTests {

    @Autowired RecordSearch records;
    @Autowired TaskManagement tasks;
    @Autowired MeetingManagement meetings;
    @Autowired MeetingProceedings proceedings;
    @Autowired OrganizationDirectory organization;
    @Autowired TestAccounts testAccounts;
    @Autowired UserDetailsService accounts;

    @Test
    void taskIsFoundByItsProgressAndCompletionReportsOnlyByThoseWhoMayOpenIt() throws Exception {
        String m = SearchFixtures.marker();
        var leader = as("lanhdao");
        var officer = as("chuyenvien");
        var task = tasks.assign(new Assignment(leader.agencyId(), "Việc thử tìm kiếm " + m, "Nội dung", SourceRef.adHoc(),
                leader.id(), Party.user(officer.id()), Set.of(), Set.of(), null, OfficeDate.today().plusDays(9),
                Priority.NORMAL, null));
        tasks.reportProgress(task.id(), officer, 40, "Đã khảo sát mười hai xã vùng cao " + m + "td");
        tasks.complete(task.id(), officer, "Hoàn thành báo cáo tổng hợp chuyển đổi số " + m + "kq");

        var progress = await(officer, "khao sat muoi hai xa " + m + "td", r -> !r.of("TASK").isEmpty());
        assertThat(progress.of("TASK")).singleElement().satisfies(hit -> assertThat(hit.id()).isEqualTo(task.id()));
        var result = await(leader, "bao cao tong hop " + m + "kq", r -> !r.of("TASK").isEmpty());
        assertThat(result.of("TASK")).singleElement().satisfies(hit -> assertThat(hit.id()).isEqualTo(task.id()));

        var stranger = records.search(stranger(), "khao sat muoi hai xa " + m + "td", null);
        assertThat(stranger.hits()).isEmpty();
        assertThat(stranger.kindCounts()).isEmpty();
    }

    @Test
    void briefingIsFoundByAUnitReportSentBeforeItOnlyByItsParties() throws Exception {
        String m = SearchFixtures.marker();
        var leader = as("lanhdao");
        var briefing = schedule("Giao ban tuần " + m, MeetingKind.WEEKLY_BRIEFING, 137, Set.of(),
                Set.of(unit("TTBC")));
        proceedings.submitReport(as("chuyenvien"), briefing.id(), "Phát hành bốn bản tin chuyên đề " + m + "bc",
                "Tiếp tục", null);

        var found = await(leader, "ban tin chuyen de " + m + "bc", r -> !r.of("MEETING").isEmpty());
        assertThat(found.of("MEETING")).singleElement()
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(briefing.id()));
        assertThat(records.search(stranger(), "ban tin chuyen de " + m + "bc", null).hits()).isEmpty();
    }

    @Test
    void meetingIsFoundByTheTextOfItsMaterialOnlyByItsParties() throws Exception {
        String m = SearchFixtures.marker();
        var leader = as("lanhdao");
        var meeting = schedule("Họp chuyên đề " + m, MeetingKind.THEMATIC, 139, Set.of(as("chuyenvien").id()),
                Set.of());
        meetings.attach(leader, meeting.id(), null, "tai-lieu.pdf",
                new ByteArrayInputStream(SearchFixtures.pdfBytes("Draft plan for broadband in mountain communes " + m
                        + "tl")));

        var found = await(as("chuyenvien"), "broadband mountain " + m + "tl", r -> !r.of("MEETING").isEmpty());
        assertThat(found.of("MEETING")).singleElement()
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(meeting.id()));
        assertThat(records.search(stranger(), "broadband mountain " + m + "tl", null).hits()).isEmpty();
    }

    /** lanhdao chairs a meeting online, {@code weeks} weeks ahead (far from other tests' meetings), 8:00–10:00. */
    MeetingSummary schedule(String title, MeetingKind kind, int weeks, Set<Long> people, Set<Long> units) {
        var leader = as("lanhdao");
        var day = LocalDate.now(OfficeSearchIntegrationTests.ZONE).plusWeeks(weeks);
        return meetings.schedule(leader, new MeetingPlan(title, kind, leader.id(), null,
                OfficeSearchIntegrationTests.at(day, 8), OfficeSearchIntegrationTests.at(day, 10), null, true, null,
                null, null, people, units, List.of(), List.of()));
    }

    RecordResults await(CurrentUser user, String words, Predicate<RecordResults> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        var results = records.search(user, words, null);
        while (!condition.test(results) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            results = records.search(user, words, null);
        }
        return results;
    }

    CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    /** An officer of the same agency outside every unit: no party to the task or the meeting. */
    CurrentUser stranger() {
        return as(testAccounts.create(Role.OFFICER).getUsername());
    }

    Long unit(String abbreviation) {
        return organization.units(as("lanhdao").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }
}
