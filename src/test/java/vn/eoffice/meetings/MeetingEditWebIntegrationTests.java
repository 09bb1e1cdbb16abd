package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;

/**
 * Changing a scheduled meeting in the browser: the prefilled form, saving (update with the next SEQUENCE, in-app
 * notice, audit), a room conflict and a stale form shown on the form, and who may not change it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingEditWebIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired Meetings meetings;
    @Autowired AgendaItems agenda;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    private MeetingSummary schedule(String title, MeetingRoom room, LocalDate day, int from, int to, Set<Long> users) {
        var leader = fx.user("lanhdao");
        return management.schedule(leader, new MeetingPlan(title, MeetingKind.THEMATIC, leader.id(),
                fx.user("vanthu").id(), MeetingFixtures.at(day, from, 0), MeetingFixtures.at(day, to, 0),
                room == null ? null : room.getId(), room == null, null, "Nội dung họp", null, users,
                Set.of(fx.unit("TTBC")), List.of("khach@edit.test"),
                List.of(new MeetingPlan.AgendaLine("Báo cáo tình hình quý", leader.id(), 30))));
    }

    /**
     * The edit form as the browser posts it, with the meeting's values unless changed afterwards; conflicts with
     * other meetings (the demo's Monday briefing) are confirmed, they are MeetingConflictsIntegrationTests' subject.
     */
    private MockHttpServletRequestBuilder save(MeetingSummary m, CurrentUser by, LocalDate day, String start, String end,
            Long roomId, long version) {
        var request = post("/meetings/" + m.id() + "/edit").with(user(by)).with(csrf())
                .param("title", m.title()).param("kind", m.kind().name())
                .param("chairId", m.chairId().toString()).param("secretaryId", m.secretaryId().toString())
                .param("date", day.toString()).param("startTime", start).param("endTime", end)
                .param("version", Long.toString(version)).param("description", "Nội dung họp")
                .param("agendaTitle", "Báo cáo tình hình quý", "Thảo luận", "")
                .param("agendaPresenter", m.chairId().toString(), "", "")
                .param("agendaMinutes", "30", "45", "").param("confirmConflicts", "true");
        if (roomId != null) {
            request.param("roomId", roomId.toString());
        } else {
            request.param("online", "true");
        }
        return request;
    }

    @Test
    void organiserSeesTheFormPrefilled() throws Exception {
        var officer = fx.user("chuyenvien");
        var room = fx.room(40);
        var day = MeetingFixtures.day(120);
        var m = schedule(MeetingFixtures.unique("Họp sửa điền sẵn"), room, day, 8, 10, Set.of(officer.id()));

        mvc.perform(get("/meetings/" + m.id()).with(user(fx.user("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa cuộc họp")))
                .andExpect(content().string(containsString("/meetings/" + m.id() + "/edit")));
        mvc.perform(get("/meetings/" + m.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/meetings/" + m.id() + "/edit"))));

        mvc.perform(get("/meetings/" + m.id() + "/edit").with(user(fx.user("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + m.title() + "\"")))
                .andExpect(content().string(containsString("value=\""
                        + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"")))
                .andExpect(content().string(containsString("value=\"08:00")))
                .andExpect(content().string(containsString("value=\"10:00")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + m.version() + "\"")))
                .andExpect(content().string(containsString("value=\"Báo cáo tình hình quý\"")))
                .andExpect(content().string(containsString("khach@edit.test")))
                .andExpect(content().string(containsString("Nội dung họp")))
                .andExpect(content().string(containsString(
                        "<option value=\"" + room.getId() + "\" selected=\"selected\"")))
                // already invited: selected and greyed out (the attributes' order is Thymeleaf's to choose)
                .andExpect(content().string(matchesPattern("(?s).*<option value=\"" + officer.id()
                        + "\"(?=[^>]*disabled=\"disabled\")(?=[^>]*selected=\"selected\")[^>]*>.*")))
                .andExpect(content().string(containsString("Lưu và gửi thông báo thay đổi")));
    }

    @Test
    void savingANewTimeChangesTheMeetingAndSendsAnUpdate() throws Exception {
        var officer = fx.user("chuyenvien");
        var leader = fx.user("lanhdao");
        var room = fx.room(40);
        var day = MeetingFixtures.day(121);
        var m = schedule(MeetingFixtures.unique("Họp dời giờ"), room, day, 8, 10, Set.of(officer.id()));

        mvc.perform(save(m, leader, day.plusDays(1), "14:00", "16:30", room.getId(), m.version()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + m.id()))
                .andExpect(flash().attribute("flash", "meeting.flash.changed"));

        var changed = meetings.findById(m.id()).orElseThrow();
        assertThat(changed.getStartsAt()).isEqualTo(MeetingFixtures.at(day.plusDays(1), 14, 0));
        assertThat(changed.getEndsAt()).isEqualTo(MeetingFixtures.at(day.plusDays(1), 16, 30));
        assertThat(changed.getSequenceNo()).isEqualTo(1);
        assertThat(agenda.findByMeetingIdOrderByPosition(m.id())).extracting(AgendaItem::getTitle)
                .containsExactly("Báo cáo tình hình quý", "Thảo luận");
        mvc.perform(get("/meetings/" + m.id() + "/invite.ics").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("SEQUENCE:1")))
                .andExpect(content().string(containsString("T140000")))
                .andExpect(content().string(not(containsString("SEQUENCE:0"))));
        var titles = notifier.list(officer.id(), PageRequest.of(0, 50)).getContent().stream()
                .map(NotificationSummary::title).filter(t -> t.startsWith("Thay đổi cuộc họp: " + m.title()))
                .toList();
        assertThat(titles).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MEETING_CHANGED'"
                + " and object_id = ?", Integer.class, m.id().toString())).isEqualTo(1);
    }

    @Test
    void aConflictingRoomIsShownOnTheFormAndChangesNothing() throws Exception {
        var leader = fx.user("lanhdao");
        var room = fx.room(40);
        var day = MeetingFixtures.day(122);
        schedule(MeetingFixtures.unique("Họp giữ phòng"), room, day, 8, 10, Set.of());
        var m = schedule(MeetingFixtures.unique("Họp muốn đổi giờ"), room, day, 14, 16, Set.of());

        mvc.perform(save(m, leader, day, "09:00", "11:00", room.getId(), m.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng họp " + room.getName() + " đã được đặt từ")))
                .andExpect(content().string(containsString("is-invalid")));
        var unchanged = meetings.findById(m.id()).orElseThrow();
        assertThat(unchanged.getStartsAt()).isEqualTo(m.startsAt());
        assertThat(unchanged.getVersion()).isEqualTo(m.version());
        assertThat(unchanged.getSequenceNo()).isZero();
        assertThat(agenda.findByMeetingIdOrderByPosition(m.id())).hasSize(1);

        mvc.perform(save(m, leader, day, "15:00", "14:00", room.getId(), m.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(meetings.findById(m.id()).orElseThrow().getSequenceNo()).isZero();
    }

    @Test
    void aStaleFormAsksToReload() throws Exception {
        var leader = fx.user("lanhdao");
        var day = MeetingFixtures.day(123);
        var m = schedule(MeetingFixtures.unique("Họp hai người sửa"), null, day, 8, 10, Set.of());
        long read = m.version();
        mvc.perform(save(m, leader, day, "09:00", "10:00", null, read)).andExpect(status().is3xxRedirection());

        mvc.perform(save(m, leader, day, "13:00", "15:00", null, read)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Cuộc họp vừa được người khác thay đổi, vui lòng tải lại")));
        var meeting = meetings.findById(m.id()).orElseThrow();
        assertThat(meeting.getStartsAt()).isEqualTo(MeetingFixtures.at(day, 9, 0));
        assertThat(meeting.getSequenceNo()).isEqualTo(1);
    }

    @Test
    void onlyOrganisersChangeAMeetingAndOnlyWhileItIsAhead() throws Exception {
        var invited = fx.user("chuyenvien");
        var stranger = fx.user("giangalu");
        var day = MeetingFixtures.day(124);
        var m = schedule(MeetingFixtures.unique("Họp không được sửa"), null, day, 8, 10, Set.of(invited.id()));

        mvc.perform(get("/meetings/" + m.id() + "/edit").with(user(invited))).andExpect(status().isForbidden());
        mvc.perform(save(m, invited, day, "13:00", "15:00", null, m.version())).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + m.id() + "/edit").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(save(m, stranger, day, "13:00", "15:00", null, m.version()))
                .andExpect(status().isNotFound());
        assertThat(meetings.findById(m.id()).orElseThrow().getSequenceNo()).isZero();

        management.cancel(fx.user("lanhdao"), m.id(), "Hoãn");
        mvc.perform(get("/meetings/" + m.id() + "/edit").with(user(fx.user("lanhdao"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + m.id()))
                .andExpect(flash().attribute("actionError", "meeting.edit.cancelled"));

        var yesterday = LocalDate.now(MeetingFixtures.ZONE).minusDays(1);
        var past = schedule(MeetingFixtures.unique("Họp đã qua"), null, yesterday, 8, 10, Set.of());
        mvc.perform(get("/meetings/" + past.id()).with(user(fx.user("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/meetings/" + past.id() + "/edit"))));
        mvc.perform(get("/meetings/" + past.id() + "/edit").with(user(fx.user("lanhdao"))))
                .andExpect(flash().attribute("actionError", "meeting.edit.past"));
        mvc.perform(save(past, fx.user("lanhdao"), LocalDate.now(MeetingFixtures.ZONE).plusDays(3), "08:00",
                "10:00", null, past.version())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "meeting.edit.past"));
        assertThat(meetings.findById(past.id()).orElseThrow().getSequenceNo()).isZero();
    }
}
