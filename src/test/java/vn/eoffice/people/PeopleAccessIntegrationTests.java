package vn.eoffice.people;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 23's access test: an ordinary officer — here one who is a unit head of another unit too, and one of the
 * commune — never meets another person's record through any list, search, statistics, export, import or API, and
 * every read of another's record (page, API, statistics naming them, export) leaves an audit line.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleAccessIntegrationTests {

    static final List<String> ORDINARY = List.of("chuyenvien", "chuyenvien2", "truongphong", "dinhthimai",
            "chuyenvienxa", "admin");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired PeopleManagement management;
    @Autowired JdbcTemplate jdbc;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Long unitOf(String username, String abbreviation) {
        return organization.units(account(username).agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    /** A record in the officers' own unit (Phòng Tuyên truyền), below its position's standard, so every list names it. */
    Long colleague(String name) {
        var clerk = account("vanthu");
        Long id = management.create(clerk, new CadreForm(null, account("chuyenvien").unitId(), name,
                LocalDate.of(1992, 4, 30), Gender.FEMALE, Ethnicity.KHO_MU, "Xã Quài Tở, tỉnh Điện Biên", null, null,
                null, "Trung cấp", null, null, null));
        Long position = management.createPosition(clerk, new PositionForm(account("chuyenvien").unitId(),
                "Vị trí riêng " + name, PositionKind.PROFESSIONAL, null, "Đại học", TheoryLevel.INTERMEDIATE, 0, 1,
                List.of()));
        management.assign(clerk, position, new AssignmentForm(id, true, OfficeDate.today()));
        return id;
    }

    @Test
    void anOrdinaryOfficerNeverSeesAnotherPersonsRecordAnywhere() throws Exception {
        String name = "Khoàng Thị Kín " + UUID.randomUUID().toString().substring(0, 6);
        Long id = colleague(name);
        String[] reads = { "/people", "/people?q=Khoang+Thi+Kin", "/api/v1/people", "/api/v1/people?q=Khoàng",
                "/people/" + id, "/api/v1/people/" + id, "/people/" + id + "/edit", "/search?q=Khoàng+Thị+Kín",
                "/api/v1/search?q=Khoang+Thi+Kin", "/people/statistics", "/api/v1/people/statistics",
                "/people/statistics.xlsx", "/people/statistics.pdf", "/people/export.xlsx", "/people/export.pdf",
                "/api/v1/people/statistics.xlsx", "/api/v1/people/statistics.pdf", "/api/v1/people/export.xlsx",
                "/api/v1/people/export.pdf", "/positions", "/api/v1/positions", "/people/import",
                "/people/import/template.xlsx", "/api/v1/people/import/template.xlsx" };
        for (String login : ORDINARY) {
            var officer = account(login);
            for (String uri : reads) {
                var response = mvc.perform(get(uri).with(user(officer))).andReturn().getResponse();
                assertThat(response.getStatus()).as(login + " " + uri).isIn(200, 403, 404);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(login + " " + uri)
                        .doesNotContain(name, "Khoàng Thị Kín", "30/04/1992");
            }
            mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                    "x".getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/people/import/preview").file(new MockMultipartFile("file", "a.csv", "text/csv",
                    "x".getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // the officer's own record stays theirs to read, and reading it is not audited
        var officer = account("chuyenvien");
        Long own = jdbc.queryForObject("select id from cadre where user_id = ?", Long.class, officer.id());
        long before = reads(own, "chuyenvien");
        mvc.perform(get("/api/v1/people/" + own).with(user(officer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        assertThat(reads(own, "chuyenvien")).isEqualTo(before);
        // the refusals are audited as such
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONNEL_RECORD_READ' "
                + "and object_id = ? and outcome = 'DENIED'", Long.class, String.valueOf(id))).isPositive();
    }

    @Test
    void everyReadOfAnotherPersonsRecordIsAudited() throws Exception {
        String name = "Lò Thị Ghi " + UUID.randomUUID().toString().substring(0, 6);
        Long id = colleague(name);
        long before = reads(id, "lanhdao");
        mvc.perform(get("/people/" + id).with(user(account("lanhdao")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + id).with(user(account("lanhdao")))).andExpect(status().isOk());
        assertThat(reads(id, "lanhdao")).isEqualTo(before + 2);

        long statistics = actions("PERSONNEL_STATISTICS_READ", "lanhdao");
        mvc.perform(get("/people/statistics").param("unit", account("chuyenvien").unitId().toString())
                .with(user(account("lanhdao")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        assertThat(actions("PERSONNEL_STATISTICS_READ", "lanhdao")).isEqualTo(statistics + 1);

        long exports = actions("PERSONNEL_EXPORTED", "vanthu");
        mvc.perform(get("/api/v1/people/export.xlsx").with(user(account("vanthu")))).andExpect(status().isOk());
        assertThat(actions("PERSONNEL_EXPORTED", "vanthu")).isEqualTo(exports + 1);
        long denied = jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONNEL_EXPORT' and "
                + "actor_username = 'lanhdao' and outcome = 'DENIED'", Long.class);
        mvc.perform(get("/api/v1/people/export.xlsx").with(user(account("lanhdao")))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONNEL_EXPORT' and "
                + "actor_username = 'lanhdao' and outcome = 'DENIED'", Long.class)).isEqualTo(denied + 1);
    }

    @Test
    void theCommunesOfficeAndLeadersNeverSeeTheCommissionsPeople() throws Exception {
        String name = "Tòng Thị Xa " + UUID.randomUUID().toString().substring(0, 6);
        Long id = colleague(name);
        for (String login : List.of("vanthuxa", "bithuxa")) {
            var person = account(login);
            mvc.perform(get("/api/v1/people/" + id).with(user(person))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/people/statistics").param("unitId", unitOf("vanthu", "TTBC").toString())
                    .with(user(person))).andExpect(status().isBadRequest());
            mvc.perform(get("/api/v1/people/statistics").with(user(person))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(name))));
        }
        mvc.perform(get("/api/v1/people/export.xlsx").param("unitId", unitOf("vanthu", "TTBC").toString())
                .with(user(account("vanthuxa")))).andExpect(status().isBadRequest());
    }

    private long reads(Long id, String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONNEL_RECORD_READ' and "
                + "object_id = ? and actor_username = ? and outcome = 'SUCCESS'", Long.class, String.valueOf(id),
                username);
    }

    private long actions(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_username = ? and "
                + "outcome = 'SUCCESS'", Long.class, action, username);
    }
}
