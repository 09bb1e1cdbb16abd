package vn.eoffice.monitoring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.tasks.TaskQueries;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class MonitoringApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired TaskQueries tasks;

    Long unit(String abbreviation) {
        var agency = ((CurrentUser) accounts.loadUserByUsername("lanhdao")).agencyId();
        return organization.units(agency, OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    @Test
    void unitHeadRegistersPlansAndReportsThroughTheApi() throws Exception {
        LocalDate month = tasks.today().withDayOfMonth(1);
        String created = mvc.perform(post("/api/v1/monitoring/documents").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"CONCLUSION","title":"Kết luận về công tác báo chí","notation":"20-KL/TU",
                                 "responsibleUnitId":%d,"frequency":"MONTHLY","reportingFrom":"%s",
                                 "reportingUntil":"%s","reportDueDays":5}""".formatted(unit("TTBC"), month,
                                month.plusYears(1))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post(created + "/items").with(httpBasic("truongphong", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Rà soát quy hoạch báo chí","leadUnitId":%d,"deadline":"%s"}"""
                                .formatted(unit("TTBC"), tasks.today().plusDays(30))))
                .andExpect(status().isOk());
        mvc.perform(post(created + "/periods/" + month + "/reports/" + unit("TTBC"))
                        .with(httpBasic("chuyenvien", "demo123")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"done\":\"Đã rà soát 5 cơ quan báo chí\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value("Đã rà soát 5 cơ quan báo chí"));

        mvc.perform(get(created).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("Rà soát quy hoạch báo chí"))
                .andExpect(jsonPath("$.items[0].task.source.type").value("MONITORING"))
                .andExpect(jsonPath("$.periods[0].units[0].reported").value(true));
        mvc.perform(get("/api/v1/monitoring/documents").with(httpBasic("giangalu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết luận về công tác báo chí")));
    }

    @Test
    void refusalsAndBadInputAreClear() throws Exception {
        mvc.perform(post("/api/v1/monitoring/documents").with(httpBasic("giangalu", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"PLAN","title":"Kế hoạch","responsibleUnitId":%d,"frequency":"YEARLY",
                                 "reportingFrom":"2026-01-01","reportingUntil":"2027-01-01"}""".formatted(unit("TTBC"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/documents").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PLAN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vui lòng nhập tên, trích yếu.")));
        mvc.perform(post("/api/v1/monitoring/documents").with(httpBasic("lanhdao", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"PLAN","title":"Kế hoạch","responsibleUnitId":%d,"frequency":"YEARLY",
                                 "reportingFrom":"2027-01-01","reportingUntil":"2026-01-01"}""".formatted(unit("TTBC"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ngày kết thúc theo dõi phải sau ngày bắt đầu.")));
    }
}
