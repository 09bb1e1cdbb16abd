package vn.eoffice.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.eoffice.IntegrationTest;

/**
 * The calendar feed through the API, as on "Lịch của tôi": none at first (or after revoking), a new secret address
 * that a calendar app reads without logging in, and revoking it ends that address.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CalendarFeedApiIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void anOfficerGetsRenewsAndRevokesHisFeed() throws Exception {
        var officer = httpBasic("chuyenvien2", "demo123");
        mvc.perform(delete("/api/v1/me/calendar-feed").with(officer)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me/calendar-feed").with(officer)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        String body = mvc.perform(post("/api/v1/me/calendar-feed").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.personal", containsString("/calendar/feed/")))
                .andExpect(jsonPath("$.agency", containsString("/agency.ics")))
                .andReturn().getResponse().getContentAsString();
        String personal = URI.create(JsonPath.read(body, "$.personal")).getPath();
        mvc.perform(get(personal)).andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")));
        mvc.perform(get("/api/v1/me/calendar-feed").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.personal").value(JsonPath.<String>read(body, "$.personal")));

        mvc.perform(delete("/api/v1/me/calendar-feed").with(officer)).andExpect(status().isNoContent());
        int after = mvc.perform(get(personal)).andReturn().getResponse().getStatus();
        assertThat(after).as("a revoked address no longer answers").isEqualTo(404);
    }
}
