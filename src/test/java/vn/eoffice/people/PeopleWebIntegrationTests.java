package vn.eoffice.people;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;

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
 * The personnel office's clerk in the browser: the menu link, the list and its htmx search, a new record entered
 * with dd/MM/yyyy dates, a refused form shown again with Vietnamese messages, a position with its staffing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unit(String abbreviation) {
        return organization.units(account("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    @Test
    void theMenuLinkIsShownOnlyToThoseWhoMaySeePersonnelRecords() throws Exception {
        mvc.perform(get("/").with(user(account("vanthu")))).andExpect(content().string(containsString("href=\"/people\"")));
        mvc.perform(get("/").with(user(account("lanhdao")))).andExpect(content().string(containsString("href=\"/people\"")));
        mvc.perform(get("/").with(user(account("chuyenvien"))))
                .andExpect(content().string(not(containsString("href=\"/people\""))));
    }

    @Test
    void theListSearchesWithoutDiacriticsAndAnswersHtmxWithTheTableOnly() throws Exception {
        var clerk = account("vanthu");
        mvc.perform(get("/people").with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Quàng Văn Hùng")))
                .andExpect(content().string(not(containsString("Ngày sinh"))));
        mvc.perform(get("/people").param("q", "quang van hung").header("HX-Request", "true").with(user(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Quàng Văn Hùng")))
                .andExpect(content().string(not(containsString("Giàng A Lử"))));
    }

    @Test
    void aClerkEntersARecordWithOfficeDatesAndARefusedFormSaysWhyInVietnamese() throws Exception {
        var clerk = account("vanthu");
        String name = "Lò Thị Phượng " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/people").with(user(clerk)).with(csrf()).param("fullName", name)
                .param("birthDate", "31/02/1990").param("gender", "FEMALE").param("ethnicity", "THAI"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
        mvc.perform(post("/people").with(user(clerk)).with(csrf()).param("fullName", "")
                .param("birthDate", "17/05/1990"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Cần nhập họ và tên")))
                .andExpect(content().string(containsString("Cần chọn giới tính")));
        assertThat(jdbc.queryForObject("select count(*) from cadre where full_name = ?", Long.class, name)).isZero();

        var created = mvc.perform(post("/people").with(user(clerk)).with(csrf()).param("fullName", name)
                .param("birthDate", "17/05/1990").param("gender", "FEMALE").param("ethnicity", "KHO_MU")
                .param("unitId", String.valueOf(unit("KGVH"))).param("partyJoined", "02/09/2014")
                .param("partyOfficial", "02/09/2015").param("theoryLevel", "INTERMEDIATE"))
                .andExpect(redirectedUrlPattern("/people/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(created).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("17/05/1990")))
                .andExpect(content().string(containsString("Khơ Mú")))
                .andExpect(content().string(containsString("02/09/2015")));
        mvc.perform(post(created + "/history").with(user(clerk)).with(csrf()).param("title", "Chuyên viên")
                .param("validFrom", "01/03/2016").param("decisionKind", "APPOINTMENT")
                .param("decisionNumber", "15-QĐ/TU").param("decisionDate", "20/02/2016"))
                .andExpect(redirectedUrlPattern("/people/*"));
        mvc.perform(get(created).with(user(clerk))).andExpect(content().string(containsString("15-QĐ/TU")))
                .andExpect(content().string(containsString("01/03/2016 – nay")));
    }

    @Test
    void aPositionPageShowsItsStaffingFrameworkAndThoseBelowStandard() throws Exception {
        var clerk = account("vanthu");
        String name = "Chuyên viên nghiên cứu " + UUID.randomUUID().toString().substring(0, 6);
        String position = mvc.perform(post("/positions").with(user(clerk)).with(csrf()).param("name", name)
                .param("unitId", String.valueOf(unit("LLLS"))).param("kind", "PROFESSIONAL").param("headcount", "2")
                .param("yearsExperience", "3").param("requiredTheory", "ADVANCED")
                .param("competencies[0].name", "Nghiên cứu lý luận").param("competencies[0].group", "PROFESSIONAL")
                .param("competencies[0].level", "4").param("competencies[1].name", "")
                .param("competencies[1].group", "GENERAL").param("competencies[1].level", "3"))
                .andExpect(redirectedUrlPattern("/positions/*")).andReturn().getResponse().getRedirectedUrl();
        Long low = jdbc.queryForObject("select min(id) from cadre where theory_level = 'INTERMEDIATE' and agency_id = ?",
                Long.class, clerk.agencyId());
        mvc.perform(post(position + "/assignments").with(user(clerk)).with(csrf()).param("cadreId", low.toString())
                .param("validFrom", "01/12/2026").param("main", "false").param("_main", "on"))
                .andExpect(redirectedUrlPattern("/positions/*"));
        mvc.perform(get(position).with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghiên cứu lý luận")))
                .andExpect(content().string(containsString("1/2 người")))
                .andExpect(content().string(containsString("Còn thiếu người")))
                .andExpect(content().string(containsString("Kiêm nhiệm")))
                .andExpect(content().string(containsString("Chưa đạt chuẩn lý luận chính trị")));
        mvc.perform(get("/positions").with(user(account("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }
}
