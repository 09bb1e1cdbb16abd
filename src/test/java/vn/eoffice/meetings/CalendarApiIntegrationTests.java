package vn.eoffice.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.eoffice.IntegrationTest;

/** The weekly work calendar and the meeting statistics through the API, with their pages' rules. */
@IntegrationTest
@AutoConfigureMockMvc
class CalendarApiIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void whoKeepsTheCalendarAddsAndPublishesAndEveryoneReadsIt() throws Exception {
        LocalDate monday = WorkCalendar.monday(LocalDate.now(MeetingFixtures.ZONE).plusWeeks(80));
        String title = "Làm việc với Ban Thường vụ " + UUID.randomUUID().toString().substring(0, 6);
        String entry = """
                {"start":"%sT08:00:00","end":"%sT10:00:00","title":"%s","location":"Phòng họp số 1",
                 "leaders":"Đồng chí Phó Trưởng ban"}""".formatted(monday.plusDays(1), monday.plusDays(1), title);

        mvc.perform(post("/api/v1/meetings/calendar/entries").contentType(MediaType.APPLICATION_JSON).content(entry)
                .with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/calendar/entries").contentType(MediaType.APPLICATION_JSON).content(entry)
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title));
        mvc.perform(post("/api/v1/meetings/calendar/publish").param("week", monday.toString())
                .with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/calendar/publish").param("week", monday.toString())
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/meetings/calendar").param("week", monday.toString())
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.mayEdit").value(false))
                .andExpect(jsonPath("$.days[1].lines[*].title", hasItem(title)));
        byte[] pdf = mvc.perform(get("/api/v1/meetings/calendar.pdf").param("week", monday.toString())
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/meetings/calendar").param("week", monday.toString())
                        .with(httpBasic("vanthuxa", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(false));
    }

    @Test
    void leadersSeeTheStatisticsAndOfficersMayNot() throws Exception {
        mvc.perform(get("/api/v1/meetings/stats").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/v1/meetings/stats").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
    }
}
