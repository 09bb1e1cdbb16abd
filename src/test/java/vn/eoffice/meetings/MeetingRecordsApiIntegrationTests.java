package vn.eoffice.meetings;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Materials, minutes, unit reports and single occurrences through the API, with the meeting page's rules. */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingRecordsApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired MeetingManagement management;
    @Autowired MeetingQueries queries;
    MeetingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingFixtures(context);
    }

    @Test
    void organisersRecordAndInvitedUnitsReportWhileOthersMayNot() throws Exception {
        var monday = MeetingFixtures.day(70).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var leader = fx.user("lanhdao");
        Long unit = fx.user("truongphong").unitId();
        var briefing = management.schedule(leader, new MeetingPlan(MeetingFixtures.unique("Giao ban tuần"),
                MeetingKind.WEEKLY_BRIEFING, leader.id(), fx.user("vanthu").id(), MeetingFixtures.at(monday, 8, 0),
                MeetingFixtures.at(monday, 10, 0), null, true, null, null, "FREQ=WEEKLY;BYDAY=MO", Set.of(),
                Set.of(unit), List.of(), List.of()));
        String base = "/api/v1/meetings/" + briefing.id();

        var material = mvc.perform(multipart(base + "/materials").file(new MockMultipartFile("file",
                        "bao-cao.pdf", "application/pdf", TestFiles.pdf("Báo cáo tuần")))
                        .with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("bao-cao.pdf")).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(material).with(httpBasic("truongphong", "demo123"))).andExpect(status().isOk());
        mvc.perform(multipart(base + "/materials").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isBadRequest());

        mvc.perform(put(base + "/minutes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"minutes\":\"Các đơn vị báo cáo tiến độ.\"}").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(put(base + "/minutes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"minutes\":\"Các đơn vị báo cáo tiến độ.\"}").with(httpBasic("vanthuxa", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(put(base + "/minutes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"minutes\":\"Các đơn vị báo cáo tiến độ.\"}").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNoContent());

        String report = "{\"results\":\"Đã xong 3 việc\",\"plan\":\"Tuần tới 2 việc\",\"proposals\":\"Không\"}";
        mvc.perform(post(base + "/reports").contentType(MediaType.APPLICATION_JSON).content(report)
                        .with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(unit))
                .andExpect(jsonPath("$.results").value("Đã xong 3 việc"));
        mvc.perform(post(base + "/reports").contentType(MediaType.APPLICATION_JSON).content(report)
                .with(httpBasic("vanthuxa", "demo123"))).andExpect(status().isNotFound());

        var second = MeetingFixtures.at(monday.plusWeeks(1), 8, 0);
        mvc.perform(post(base + "/occurrences/cancel").param("originalStart", second.toString())
                .with(httpBasic("truongphong", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/occurrences/cancel").param("originalStart", second.toString())
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isNoContent());
        var third = MeetingFixtures.at(monday.plusWeeks(2), 8, 0);
        mvc.perform(post(base + "/occurrences/move").contentType(MediaType.APPLICATION_JSON)
                .content("{\"originalStart\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(third,
                        MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0),
                        MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 16, 0)))
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isNoContent());

        var starts = queries.mine(leader, MeetingFixtures.at(monday, 0, 0), MeetingFixtures.at(monday.plusWeeks(3), 0,
                0), false).stream().filter(l -> l.meeting().id().equals(briefing.id()))
                .map(l -> l.occurrence().start()).toList();
        assertThat(starts).containsExactly(MeetingFixtures.at(monday, 8, 0),
                MeetingFixtures.at(monday.plusWeeks(2).plusDays(1), 14, 0));
    }
}
