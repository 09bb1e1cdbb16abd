package vn.eoffice.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

/**
 * What the meeting pages show of the records they read: the invitation waiting on "my meetings", its row, the
 * edit form filled from the meeting, a unit's report with when it came, and a conclusion with
 * its lead unit, deadline and task.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingPagesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired MeetingProceedings proceedings;
    @Autowired vn.eoffice.platform.Dates dates;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    private static Pattern around(String... parts) {
        return Pattern.compile("(?s).*" + String.join(".*", List.of(parts).stream().map(Pattern::quote).toList())
                + ".*");
    }

    @Test
    void anInvitationWaitsOnMyMeetingsAndTheEditFormIsFilledFromTheMeeting() throws Exception {
        var leader = fx.user("lanhdao");
        var officer = fx.user("chuyenvien");
        var day = MeetingFixtures.day(2);
        String title = MeetingFixtures.unique("Họp rà soát trang");
        var meeting = management.schedule(leader, fx.plan(title, null, MeetingFixtures.at(day, 14, 0),
                MeetingFixtures.at(day, 15, 30), Set.of(officer.id()), Set.of()));
        String when = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 14:00";

        mvc.perform(get("/meetings").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(around("id=\"awaiting\"", "/meetings/" + meeting.id(),
                        title, when, "id=\"results\""))))
                .andExpect(content().string(matchesPattern(around("id=\"results\"", title, "Chờ trả lời",
                        "Trực tuyến"))));
        mvc.perform(get("/meetings/" + meeting.id() + "/edit").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title.substring(title.lastIndexOf(' ')) + "\">")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + meeting.version() + "\"")));
    }

    @Test
    void aBriefingShowsTheUnitsReportAndTheConclusionWithItsTask() throws Exception {
        var leader = fx.user("lanhdao");
        var day = MeetingFixtures.day(131);
        String title = MeetingFixtures.unique("Giao ban xem báo cáo");
        var briefing = management.schedule(leader, new MeetingPlan(title, MeetingKind.WEEKLY_BRIEFING, leader.id(),
                fx.user("vanthu").id(), MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 10, 0), null, true,
                null, null, null, Set.of(), Set.of(fx.unit("TTBC")), List.of(), List.of()));
        var report = proceedings.submitReport(fx.user("chuyenvien"), briefing.id(), "Hoàn thành 7 tin bài", null,
                null);
        LocalDate deadline = LocalDate.now(MeetingFixtures.ZONE).plusDays(15);
        var conclusion = proceedings.conclude(leader, briefing.id(), "Tổng hợp kết quả tuyên truyền quý",
                fx.unit("TTBC"), Set.of(), deadline);

        String sent = dates.dateTime(report.submittedAt());
        mvc.perform(get("/meetings/" + briefing.id()).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(sent)))
                .andExpect(content().string(matchesPattern(around("Tổng hợp kết quả tuyên truyền quý",
                        deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "/tasks/" + conclusion.taskId()))));
    }
}
