package vn.eoffice.identity;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLine;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader turns on two-step verification from the profile page, then signs in with the password and a code; the
 * administrator can reset it. Codes come from {@link Totp} on the application's clock (a step either side is
 * accepted, so a slow test does not miss its code).
 */
@IntegrationTest
@AutoConfigureMockMvc
class SecondFactorIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    @Autowired TokenService tokens;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeaderEnrolsFromTheProfileThenSignsInWithPasswordAndCode() throws Exception {
        var leader = accounts.create(Role.LEADER);
        String secret = enrol(leader);
        assertThat(users.get(leader.getId()).secondFactor()).isTrue();
        String stored = jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class,
                leader.getId());
        assertThat(stored).as("the seed is kept sealed under the master key, never as the app shows it")
                .startsWith("sealed:").doesNotContain(secret);

        var session = new MockHttpSession();
        mvc.perform(post("/login").param("username", leader.getUsername()).param("password", TestAccounts.PASSWORD)
                        .with(csrf()).session(session))
                .andExpect(redirectedUrl("/login/second-factor"))
                .andExpect(unauthenticated());
        // the password alone opens nothing
        mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login/second-factor").session(session))
                .andExpect(content().string(containsString("Mã xác thực (6 chữ số)")));

        mvc.perform(post("/login/second-factor").param("code", wrong(secret)).with(csrf()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác thực không đúng hoặc đã dùng.")))
                .andExpect(unauthenticated());
        // the enrolment used the current step's code: the next step's is still good, once
        String next = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()) + 1, 6);
        mvc.perform(post("/login/second-factor").param("code", next).with(csrf()).session(session))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(leader.getUsername()));

        var replay = new MockHttpSession();
        mvc.perform(post("/login").param("username", leader.getUsername()).param("password", TestAccounts.PASSWORD)
                .with(csrf()).session(replay));
        mvc.perform(post("/login/second-factor").param("code", next).with(csrf()).session(replay))
                .andExpect(content().string(containsString("Mã xác thực không đúng hoặc đã dùng.")));

        assertThat(actions(leader.getUsername())).containsExactly("LOGIN_PASSWORD", "LOGIN_FAILED", "LOGIN",
                "LOGIN_PASSWORD", "LOGIN_FAILED");
    }

    @Test
    void anEnrolledAccountCannotUseHttpBasicButItsTokensWork() throws Exception {
        var admin = accounts.create(Role.ADMIN);
        enrol(admin);

        mvc.perform(get("/api/v1/me").with(httpBasic(admin.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("mã truy cập (Bearer)")));
        var token = tokens.issue(admin.getId(), "giám sát", null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerIsNotOfferedASecondFactor() throws Exception {
        var officer = accounts.create(Role.OFFICER);

        mvc.perform(get("/profile").with(user(accounts.principal(officer.getUsername()))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Bật xác thực hai bước"))));
        mvc.perform(post("/profile/second-factor/start").with(csrf())
                        .with(user(accounts.principal(officer.getUsername()))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("dành cho quản trị và lãnh đạo")));
    }

    @Test
    void theAdministratorResetsALostSecondFactor() throws Exception {
        var leader = accounts.create(Role.LEADER);
        enrol(leader);

        mvc.perform(post("/admin/users/" + leader.getId() + "/second-factor/reset").with(csrf())
                        .with(user(accounts.principal("admin"))))
                .andExpect(redirectedUrl("/admin/users/" + leader.getId()));

        assertThat(users.get(leader.getId()).secondFactor()).isFalse();
        assertThat(audit.find(new AuditQuery(null, "TOTP", "USER", leader.getId().toString(), null, null, null),
                PageRequest.of(0, 10)).map(AuditLine::action).getContent())
                .containsExactly("TOTP_RESET", "TOTP_ENROLLED");
        mvc.perform(post("/login").param("username", leader.getUsername()).param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    /** Enrols from the profile page as the person would, and returns the secret shown to them. */
    private String enrol(TestAccounts.Account person) throws Exception {
        var principal = user(accounts.principal(person.getUsername()));
        var session = new MockHttpSession();
        String page = mvc.perform(post("/profile/second-factor/start").with(csrf()).with(principal).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("otpauth://totp/eOffice%3A" + person.getUsername())))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1);

        mvc.perform(post("/profile/second-factor/confirm").param("code", wrong(secret)).with(csrf()).with(principal)
                        .session(session))
                .andExpect(content().string(containsString("Mã xác thực không đúng hoặc đã dùng.")));
        assertThat(users.get(person.getId()).secondFactor()).isFalse();
        mvc.perform(post("/profile/second-factor/confirm").param("code", code(secret)).with(csrf()).with(principal)
                        .session(session))
                .andExpect(redirectedUrl("/profile"));
        return secret;
    }

    private String code(String secret) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), 6);
    }

    /** A code that is none of the three accepted ones. */
    private String wrong(String secret) {
        long step = Totp.step(clock.instant());
        var good = List.of(-1, 0, 1, 2).stream()
                .map(d -> Totp.code(Totp.fromBase32(secret), step + d, 6)).toList();
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!good.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The person's login history, oldest first. */
    private List<String> actions(String username) {
        var newestFirst = new java.util.ArrayList<>(audit.find(new AuditQuery(username, "LOG", null, null, null, null,
                null), PageRequest.of(0, 50)).map(AuditLine::action).getContent());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
