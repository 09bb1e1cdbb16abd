package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;

/**
 * The pages: my meetings (full page and htmx fragment), the weekly calendar with its PDF, statistics, room
 * administration, conferences' connection points, and the secret-URL calendar feeds.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingWebIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired Conferences conferences;
    @Autowired CalendarFeeds feeds;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void listsMyMeetingsAsPageAndFragment() throws Exception {
        mvc.perform(get("/meetings").with(user(fx.user("truongphong")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch họp của tôi")))
                .andExpect(content().string(containsString("Giao ban công tác tuần của Ban")));
        mvc.perform(get("/meetings").header("HX-Request", "true").with(user(fx.user("truongphong"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString("id=\"results\"")));
        mvc.perform(get("/meetings/new").with(user(fx.user("chuyenvien")))).andExpect(status().isForbidden());
    }

    @Test
    void weeklyCalendarIsPublishedAndExportedToPdf() throws Exception {
        var leader = fx.user("lanhdao");
        mvc.perform(get("/meetings/calendar").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giao ban công tác tuần của Ban")));
        mvc.perform(post("/meetings/calendar/publish").with(user(leader)).with(csrf())
                .param("week", OfficeDate.today().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/calendar").with(user(fx.user("chuyenvien")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được công bố")));
        var pdf = mvc.perform(get("/meetings/calendar.pdf").with(user(leader))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/meetings/stats").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giờ-người")));
        mvc.perform(get("/admin/meeting-rooms").with(user(fx.user("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hội trường Ban")));
        mvc.perform(get("/admin/meeting-rooms").with(user(leader))).andExpect(status().isForbidden());
    }

    @Test
    void conferenceAddsUpAttendanceAcrossConnectionPoints() throws Exception {
        var leader = fx.user("lanhdao");
        var day = MeetingFixtures.day(110);
        var conference = management.schedule(leader, fx.plan(MeetingFixtures.unique("Hội nghị học tập nghị quyết"),
                null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 11, 0), Set.of(), Set.of()));
        conferences.addPoint(leader, conference.id(), true, null, "Điểm cầu chính", "Hội trường", null, 1000);
        var host = fx.user("truongphong");
        var point = conferences.addPoint(leader, conference.id(), false, fx.unit("TTBC"), null, null, host.id(),
                300);
        conferences.reportAttendance(host, conference.id(), point.id(), 280);
        conferences.check(host, conference.id(), point.id(), TechStatus.PASSED);

        var totals = Conferences.totals(conferences.points(leader, conference.id()));
        assertThat(totals).isEqualTo(new Conferences.Totals(2, 1300, 280, 1));
        mvc.perform(get("/meetings/" + conference.id()).with(user(host))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 điểm cầu, 280 / 1.300 người dự")));
    }

    @Test
    void remindsEachOccurrenceOnce() {
        var reminders = context.getBean(MeetingReminders.class);
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var notifier = context.getBean(vn.eoffice.notifications.Notifier.class);
        var soon = java.time.Instant.now().plus(java.time.Duration.ofMinutes(30));
        var officer = fx.user("giangalu");
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp sắp diễn ra"), null,
                soon, soon.plus(java.time.Duration.ofHours(1)), Set.of(officer.id()), Set.of()));

        reminders.sendDue();
        reminders.sendDue();

        assertThat(jdbc.queryForObject("select count(*) from meeting_reminder where meeting_id = ?", Integer.class,
                meeting.id())).isEqualTo(1);
        var titles = notifier.list(officer.id(), org.springframework.data.domain.PageRequest.of(0, 50)).getContent()
                .stream().map(vn.eoffice.notifications.NotificationSummary::title)
                .filter(t -> t.startsWith("Sắp họp: " + meeting.title())).toList();
        assertThat(titles).hasSize(1);
    }

    @Test
    void feedsAnswerWithoutLoginOnlyForAKnownSecret() throws Exception {
        var officer = fx.user("chuyenvien");
        String token = feeds.renew(officer);
        mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")))
                .andExpect(content().string(containsString("Giao ban công tác tuần của Ban")))
                .andExpect(content().string(containsString("TZID=Asia/Ho_Chi_Minh")));
        mvc.perform(get("/calendar/feed/" + token + "/agency.ics")).andExpect(status().isOk());
        mvc.perform(get("/meetings/feeds").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/calendar/feed/" + token + ".ics")));
        mvc.perform(get("/calendar/feed/not-a-real-secret-token-xyz.ics")).andExpect(status().isNotFound());
        feeds.revoke(officer);
        mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isNotFound());
    }
}
