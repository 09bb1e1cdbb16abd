package vn.eoffice.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLine;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class LoginIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    @Autowired AuditLog audit;

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheHomePage() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.getUsername()));

        assertThat(actions(user.getUsername())).contains("LOGIN");
    }

    @Test
    void signsOutAndRecordsIt() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var login = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/login?logout"));

        assertThat(actions(user.getUsername())).contains("LOGOUT");
        mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void wrongPasswordShowsTheMessageAndIsAudited() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(formLogin("/login").user(user.getUsername()).password("wrong-password1"))
                .andExpect(redirectedUrl("/login?error=bad"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tên đăng nhập hoặc mật khẩu không đúng.")));

        assertThat(actions(user.getUsername())).contains("LOGIN_FAILED").doesNotContain("LOGIN");
    }

    // failed logins no longer lock the account (anyone could lock anyone out): LoginThrottleIntegrationTests

    @Test
    void refusesADisabledAccount() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var form = new UserDetailsForm(user.getUsername(), user.getFullName(), null, null, null, user.account().agencyId(),
                null, user.account().roles(), user.account().clearance(), false);
        users.update(user.getId(), form);

        mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"))
                .andExpect(unauthenticated());
    }

    private List<String> actions(String username) {
        return audit.find(new AuditQuery(username, "LOG", null, null, null, null, null), PageRequest.of(0, 50))
                .map(AuditLine::action).getContent();
    }
}
