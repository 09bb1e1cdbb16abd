package vn.eoffice.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduling warns before saving when the chair, a person, an invited unit or the room is already taken at an
 * overlapping time, and saves only once the organiser ticks "Vẫn lưu dù trùng lịch"; a series shows its next
 * occurrences compactly.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingConflictsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired Meetings meetings;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    static LocalDate monday(int weeksAhead) {
        return MeetingFixtures.day(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** A Tuesday: the demo's weekly briefing holds the leader and every unit on Monday mornings. */
    static LocalDate tuesday(int weeksAhead) {
        return MeetingFixtures.day(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    MockHttpServletRequestBuilder form(String path, String title, LocalDate day, String start, String end) {
        var leader = fx.user("lanhdao");
        return post(path).with(user(leader)).with(csrf()).param("title", title).param("kind", "THEMATIC")
                .param("chairId", leader.id().toString()).param("date", day.toString()).param("startTime", start)
                .param("endTime", end).param("online", "true");
    }

    @Test
    void chairBookedTwiceOnTheSameMorningIsWarnedAndSavedOnlyWhenConfirmed() throws Exception {
        var day = tuesday(140);
        var leader = fx.user("lanhdao");
        String first = MeetingFixtures.unique("Giao ban sáng");
        String second = MeetingFixtures.unique("Họp chi bộ");
        management.schedule(leader, fx.plan(first, null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 10, 0),
                Set.of(), Set.of()));
        management.schedule(leader, fx.plan(second, null, MeetingFixtures.at(day, 9, 30),
                MeetingFixtures.at(day, 11, 0), Set.of(), Set.of()));
        String third = MeetingFixtures.unique("Làm việc với đoàn kiểm tra");

        mvc.perform(form("/meetings", third, day, "08:30", "10:30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vẫn lưu dù trùng lịch")))
                .andExpect(content().string(containsString("Người chủ trì Lò Văn Thắng đã có lịch họp “" + first)))
                .andExpect(content().string(containsString("“" + second + "”")))
                .andExpect(content().string(containsString("Thứ Ba " + OfficeDates.format(day) + " 08:00")))
                .andExpect(content().string(containsString("Lịch họp chưa được lưu")));
        assertThat(titled(third)).isZero();

        mvc.perform(form("/meetings", third, day, "08:30", "10:30").param("confirmConflicts", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/meetings/*"));
        assertThat(titled(third)).isOne();
    }

    @Test
    void meetingEndingAsTheNextStartsIsNoConflict() throws Exception {
        var day = tuesday(141);
        var leader = fx.user("lanhdao");
        management.schedule(leader, fx.plan(MeetingFixtures.unique("Họp sớm"), null, MeetingFixtures.at(day, 7, 0),
                MeetingFixtures.at(day, 8, 0), Set.of(), Set.of()));
        String next = MeetingFixtures.unique("Họp tiếp theo");
        mvc.perform(form("/meetings", next, day, "08:00", "09:00")).andExpect(status().is3xxRedirection());
        assertThat(titled(next)).isOne();
    }

    @Test
    void formCheckNamesInvitedPeopleUnitsAndRoomWithoutSaving() throws Exception {
        var day = tuesday(142);
        var leader = fx.user("lanhdao");
        var room = fx.room(30);
        CurrentUser officer = fx.user("chuyenvien");
        String held = MeetingFixtures.unique("Hội ý chuyên đề");
        management.schedule(fx.user("truongphong"), new MeetingPlan(held, MeetingKind.THEMATIC,
                fx.user("truongphong").id(), null, MeetingFixtures.at(day, 14, 0), MeetingFixtures.at(day, 16, 0),
                room.getId(), false, null, null, null, Set.of(officer.id()), Set.of(fx.unit("KGVH")),
                java.util.List.of(), java.util.List.of()));
        String planned = MeetingFixtures.unique("Họp mới");

        mvc.perform(form("/meetings/conflicts", planned, day, "15:00", "17:00").header("HX-Request", "true")
                        .param("userIds", officer.id().toString()).param("unitIds", fx.unit("KGVH").toString())
                        .param("roomId", room.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"meeting-conflicts\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Quàng Văn Hùng đã có")))
                .andExpect(content().string(containsString("Đại diện Phòng Khoa giáo")))
                .andExpect(content().string(containsString("Phòng " + room.getName() + " đã được đặt")))
                .andExpect(content().string(not(containsString("Người chủ trì"))));
        assertThat(titled(planned)).isZero();
        // ticking "Vẫn lưu dù trùng lịch" changes the form too: the panel drawn again keeps the tick
        mvc.perform(form("/meetings/conflicts", planned, day, "15:00", "17:00").header("HX-Request", "true")
                        .param("userIds", officer.id().toString()).param("confirmConflicts", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quàng Văn Hùng đã có")))
                .andExpect(content().string(containsString("value=\"true\" checked=\"checked\"")));

        // nothing overlapping: the panel is empty
        mvc.perform(form("/meetings/conflicts", planned, day, "16:00", "17:00").header("HX-Request", "true")
                        .param("userIds", officer.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("alert-warning"))));
        // a busy room stays a refusal, ticked or not
        mvc.perform(form("/meetings", planned, day, "15:00", "17:00").param("roomId", room.getId().toString())
                        .param("online", "false").param("confirmConflicts", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được đặt từ")));
        assertThat(titled(planned)).isZero();
    }

    @Test
    void seriesShowsItsNextFiveOccurrencesAndCountsTheRest() throws Exception {
        var day = monday(1);
        var leader = fx.user("lanhdao");
        var series = management.schedule(leader, new MeetingPlan(MeetingFixtures.unique("Giao ban thứ Hai"),
                MeetingKind.WEEKLY_BRIEFING, leader.id(), null, MeetingFixtures.at(day, 7, 0),
                MeetingFixtures.at(day, 7, 30), null, true, null, null, "FREQ=WEEKLY;BYDAY=MO", Set.of(), Set.of(),
                java.util.List.of(), java.util.List.of()));
        var page = mvc.perform(get("/meetings/" + series.id()).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thứ Hai " + OfficeDates.format(day) + " 07:00")))
                .andExpect(content().string(containsString("Hủy hoặc dời một buổi")))
                .andReturn().getResponse().getContentAsString();
        String list = page.substring(page.indexOf("meeting-occurrences"), page.indexOf("</ul>",
                page.indexOf("meeting-occurrences")));
        assertThat(list.split("<li", -1)).hasSize(6);
        assertThat(page).containsPattern("và \\d+ buổi nữa");
        assertThat(page.split("formaction=\"/meetings/" + series.id() + "/occurrences/cancel\"", -1)).hasSize(2);
    }

    long titled(String title) {
        return meetings.findAll().stream().filter(m -> title.equals(m.getTitle())).count();
    }

    /** dd/MM/yyyy, as the pages show days. */
    static final class OfficeDates {
        static String format(LocalDate day) {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }
}
