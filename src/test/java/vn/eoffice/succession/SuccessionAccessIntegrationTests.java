package vn.eoffice.succession;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Strict access (issue 24): an officer, the head of another unit, an officer of the culture unit, the administrator
 * and the commune's people — its personnel office included — meet no trace of the commission's plan through pages,
 * API, exports, search, queue or notifications; the leaders and the personnel office read it, and every read is
 * audited without a name in the audit line.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SuccessionAccessIntegrationTests {

    static final List<String> OUTSIDERS = List.of("chuyenvien", "truongphong", "dinhthimai", "admin",
            "chuyenvienxa", "vanthuxa");

    @Autowired MockMvc mvc;
    @Autowired SuccessionFixtures fixtures;
    @Autowired SuccessionManagement management;
    @Autowired JdbcTemplate jdbc;

    record Made(Long plan, Long candidate, String name) {
    }

    Made submittedPlan() {
        var term = fixtures.term();
        Long plan = fixtures.plan(term);
        String name = SuccessionFixtures.unique("Khoàng Văn Quy");
        Long post = fixtures.post("Phó phòng kín", LeadershipLevel.UNIT_DEPUTY);
        Long candidate = fixtures.add(plan, post, fixtures.cadre(name, 39, term.startDate()));
        management.submit(fixtures.as("vanthu"), plan);
        return new Made(plan, candidate, name);
    }

    long audits(String action, String username, Long plan, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_username = ?"
                + " and object_id = ? and outcome = ?", Long.class, action, username, String.valueOf(plan), outcome);
    }

    @Test
    void nobodyOutsideTheLeadershipAndThePersonnelOfficeMeetsAnyTraceOfAPlan() throws Exception {
        var made = submittedPlan();
        String p = "/succession/" + made.plan();
        String api = "/api/v1/succession/plans/" + made.plan();
        List<String> records = List.of(p, p + "/candidates/" + made.candidate(), p + "/export.xlsx",
                p + "/export.pdf", api, api + "/export.xlsx", api + "/export.pdf");
        List<String> lists = List.of("/succession", "/succession/settings", "/api/v1/succession/plans",
                "/api/v1/succession/settings");
        for (String login : OUTSIDERS) {
            CurrentUser who = fixtures.as(login);
            for (String uri : records) {
                mvc.perform(get(uri).with(user(who))).andExpect(status().isNotFound())
                        .andExpect(content().string(not(containsString(made.name()))));
            }
            for (String uri : lists) {
                // the commune's personnel office sees its own agency's plans, never the commission's
                mvc.perform(get(uri).with(user(who))).andExpect(login.equals("vanthuxa") ? status().isOk()
                        : status().isNotFound()).andExpect(content().string(not(containsString(made.name()))))
                        .andExpect(content().string(not(containsString(p + "\""))));
            }
            mvc.perform(post(p + "/submit").with(user(who)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post(api + "/approve").with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decisionNumber\":\"1-QĐ\",\"decisionDate\":\"2020-01-01\"}"))
                    .andExpect(status().isNotFound());
            for (String uri : List.of("/search", "/api/v1/search")) {
                String found = mvc.perform(get(uri).param("q", made.name()).with(user(who))).andReturn()
                        .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(found.split(java.util.regex.Pattern.quote(made.name()), -1).length - 1)
                        .as("the query echoed at most, no hit, in " + uri).isLessThanOrEqualTo(1);
                assertThat(found).doesNotContain(p + "\"");
            }
            for (String uri : List.of("/queue", "/", "/people", "/notifications")) {
                mvc.perform(get(uri).with(user(who))).andExpect(content().string(not(containsString(made.name()))))
                        .andExpect(content().string(not(containsString(p + "\""))));
            }
            assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id ="
                    + " n.recipient_id where u.username = ? and n.link = ?", Long.class, login, p))
                    .as("notifications of " + login).isZero();
            assertThat(audits("SUCCESSION_PLAN_READ", login, made.plan(), "DENIED")).isPositive();
        }
        assertThat(jdbc.queryForList("select details from audit_entry where object_type = 'SUCCESSION_PLAN'"
                + " and object_id = ?", String.class, String.valueOf(made.plan()))).containsOnlyNulls();
    }

    @Test
    void leadersAndThePersonnelOfficeReadEveryViewAuditedButOnlyTheOfficeKeepsThePlan() throws Exception {
        var made = submittedPlan();
        String p = "/succession/" + made.plan();
        for (String login : List.of("lanhdao", "truongban", "vanthu")) {
            var who = fixtures.as(login);
            long before = audits("SUCCESSION_PLAN_READ", login, made.plan(), "SUCCESS");
            mvc.perform(get(p).with(user(who))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(made.name())));
            mvc.perform(get("/api/v1/succession/plans/" + made.plan()).with(user(who))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(made.name())));
            mvc.perform(get(p + "/candidates/" + made.candidate()).with(user(who))).andExpect(status().isOk());
            assertThat(audits("SUCCESSION_PLAN_READ", login, made.plan(), "SUCCESS")).isEqualTo(before + 3);
            mvc.perform(get("/people").with(user(who))).andExpect(content().string(containsString("/succession")));
        }
        mvc.perform(get(p).with(user(fixtures.as("lanhdao")))).andExpect(content().string(containsString(
                "Phê duyệt quy hoạch")));
        for (String login : List.of("lanhdao", "truongban")) {
            mvc.perform(post("/api/v1/succession/plans/" + made.plan() + "/review").with(user(fixtures.as(login)))
                    .with(csrf())).andExpect(status().isForbidden());
            assertThat(audits("SUCCESSION_PLAN_REVIEW", login, made.plan(), "DENIED")).isEqualTo(1);
        }
        mvc.perform(post("/api/v1/succession/plans/" + made.plan() + "/approve").with(user(fixtures.as("vanthu")))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionNumber\":\"1-QĐ\",\"decisionDate\":\"2020-01-01\"}"))
                .andExpect(status().isForbidden());
    }
}
