package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.NotFoundException;

/**
 * Paperless materials are for participants only: invited people, members of invited units, organisers and leaders
 * download them; anyone else gets "not found" on the page, the download and the API.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingAccessIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired MeetingManagement management;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void onlyParticipantsDownloadMaterials() throws Exception {
        var day = MeetingFixtures.day(80);
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp có tài liệu"), null,
                MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0), Set.of(), Set.of(fx.unit("TTBC"))));
        byte[] pdf = vn.eoffice.platform.PdfLayout.a4(false)
                .centred("Dự thảo nghị quyết", vn.eoffice.platform.PdfLayout.Style.BOLD, 14).bytes();
        var material = management.attach(fx.user("vanthu"), meeting.id(), null, "du-thao.pdf",
                new ByteArrayInputStream(pdf));
        String download = "/meetings/" + meeting.id() + "/materials/" + material.id();

        // chuyenvien is in TTBC (invited unit); dinhthimai (KGVH) is not invited
        mvc.perform(get(download).with(user(fx.user("chuyenvien")))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andExpect(content().bytes(pdf));
        mvc.perform(get(download).with(user(fx.user("truongban")))).andExpect(status().isOk());
        mvc.perform(get(download).with(user(fx.user("dinhthimai")))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + meeting.id()).with(user(fx.user("dinhthimai"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + download).with(httpBasic("dinhthimai", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + download).with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isOk());
        assertThatThrownBy(() -> management.material(fx.user("giangalu"), meeting.id(), material.id()))
                .isInstanceOf(NotFoundException.class);
        // a material id of another meeting is not reachable through a meeting one may see
        var other = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp khác"), null,
                MeetingFixtures.at(day, 10, 0), MeetingFixtures.at(day, 11, 0), Set.of(fx.user("dinhthimai").id()),
                Set.of()));
        mvc.perform(get("/meetings/" + other.id() + "/materials/" + material.id())
                .with(user(fx.user("dinhthimai")))).andExpect(status().isNotFound());
    }

    @Test
    void aDeputyStandingInForAnInvitedColleagueSeesTheMeeting() throws Exception {
        var invited = accounts.create(Role.OFFICER);
        var deputy = accounts.create(Role.OFFICER);
        var day = MeetingFixtures.day(82);
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp làm thay"), null,
                MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0), Set.of(invited.getId()), Set.of()));
        String page = "/meetings/" + meeting.id();
        var alone = accounts.principal(deputy.getUsername());
        mvc.perform(get(page).with(user(alone))).andExpect(status().isNotFound());

        users.delegate(invited.getId(), deputy.getId(), OfficeDate.today(), OfficeDate.today().plusDays(2), "nghỉ phép");
        var standingIn = users.actFor(alone, invited.getId());

        mvc.perform(get(page).with(user(standingIn))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Họp làm thay")));
        mvc.perform(get("/api/v1" + page).with(user(standingIn))).andExpect(status().isOk());
        // standing in for someone is not organising: the chair's rights stay the chair's
        mvc.perform(post("/api/v1" + page + "/cancel").with(user(standingIn)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void unitHeadAnswersForTheUnitAndOfficerCannot() throws Exception {
        var day = MeetingFixtures.day(81);
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Họp đơn vị"), null,
                MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 9, 0), Set.of(), Set.of(fx.unit("TTBC"))));
        var row = context.getBean(Participants.class).findByMeetingIdOrderById(meeting.id()).get(0);

        mvc.perform(post("/meetings/" + meeting.id() + "/answer").with(user(fx.user("chuyenvien"))).with(csrf())
                .param("participantId", row.getId().toString()).param("answer", "ATTEND"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + meeting.id() + "/answer").with(user(fx.user("truongphong"))).with(csrf())
                .param("participantId", row.getId().toString()).param("answer", "DEPUTY")
                .param("deputyId", fx.user("chuyenvien").id().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "meeting.flash.answered"));

        var answered = context.getBean(Participants.class).findById(row.getId()).orElseThrow();
        assertThat(answered.getAnswer()).isEqualTo(Answer.DEPUTY);
        assertThat(answered.getDeputyId()).isEqualTo(fx.user("chuyenvien").id());
        mvc.perform(get("/meetings/" + meeting.id()).with(user(fx.user("truongphong"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cử người dự thay")));
    }

    @Test
    void createFormShowsTheConflictNextToTheRoom() throws Exception {
        var room = fx.room(30);
        var day = MeetingFixtures.day(82);
        management.schedule(fx.user("lanhdao"), fx.plan("Họp đã đặt", room.getId(), MeetingFixtures.at(day, 8, 0),
                MeetingFixtures.at(day, 10, 0), Set.of(), Set.of()));

        mvc.perform(post("/meetings").with(user(fx.user("lanhdao"))).with(csrf())
                .param("title", "Họp trùng phòng").param("kind", "THEMATIC")
                .param("chairId", fx.user("lanhdao").id().toString()).param("date", day.toString())
                .param("startTime", "09:00").param("endTime", "11:00").param("roomId", room.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được đặt từ " + day.format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 08:00")));
        mvc.perform(post("/meetings").with(user(fx.user("lanhdao"))).with(csrf())
                .param("title", "Họp ngược giờ").param("kind", "THEMATIC")
                .param("chairId", fx.user("lanhdao").id().toString()).param("date", day.toString())
                .param("startTime", "11:00").param("endTime", "09:00").param("online", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giờ kết thúc phải sau giờ bắt đầu")));
    }
}
