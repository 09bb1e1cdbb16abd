package vn.eoffice.meetings;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Later invitations and a conference's connection points through the API, with the meeting page's rules. */
@IntegrationTest
@AutoConfigureMockMvc
class ConferenceApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void organisersInviteAndAddPointsWhoseHostsReportThem() throws Exception {
        var day = MeetingFixtures.day(75);
        var meeting = management.schedule(fx.user("lanhdao"), fx.plan(MeetingFixtures.unique("Hội nghị trực tuyến"),
                null, MeetingFixtures.at(day, 8, 0), MeetingFixtures.at(day, 11, 0), Set.of(), Set.of()));
        String base = "/api/v1/meetings/" + meeting.id();
        Long host = fx.user("truongphong").id();
        String invitation = "{\"userIds\":[" + host + "]}";

        mvc.perform(post(base + "/invitations").contentType(MediaType.APPLICATION_JSON).content(invitation)
                .with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/invitations").contentType(MediaType.APPLICATION_JSON).content(invitation)
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isNoContent());
        mvc.perform(get(base + "/participants").with(httpBasic("lanhdao", "demo123")))
                .andExpect(jsonPath("$[*].userId", hasItem(host.intValue())));

        String point = "{\"name\":\"Điểm cầu Phòng Tuyên truyền\",\"location\":\"Phòng 201\",\"hostId\":" + host
                + ",\"expected\":10}";
        mvc.perform(post(base + "/points").contentType(MediaType.APPLICATION_JSON).content(point)
                .with(httpBasic("truongphong", "demo123"))).andExpect(status().isForbidden());
        String created = mvc.perform(post(base + "/points").contentType(MediaType.APPLICATION_JSON).content(point)
                        .with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.techStatus").value("PENDING")).andReturn().getResponse().getContentAsString();
        String pointId = created.replaceAll("^\\{\"id\":(\\d+),.*", "$1");

        mvc.perform(post(base + "/points/" + pointId + "/check").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"PASSED\"}").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(post(base + "/points/" + pointId + "/attendance").contentType(MediaType.APPLICATION_JSON)
                .content("{\"actual\":-1}").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/points/" + pointId + "/attendance").contentType(MediaType.APPLICATION_JSON)
                .content("{\"actual\":8}").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/points").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].techStatus").value("PASSED"))
                .andExpect(jsonPath("$[0].actual").value(8));
        mvc.perform(get(base + "/points").with(httpBasic("vanthuxa", "demo123"))).andExpect(status().isNotFound());
    }
}
