package vn.eoffice.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class CsrfIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;

    @Test
    void refusesAChangeWithoutTheCsrfTokenAndChangesNothing() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(post("/profile/contact").with(user(accounts.principal(user.getUsername())))
                        .param("email", "forged@example.vn").param("phone", "0123"))
                .andExpect(status().isForbidden());

        assertThat(users.get(user.getId()).email()).isNull();
    }

    @Test
    void acceptsTheSameChangeWithTheCsrfToken() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(post("/profile/contact").with(user(accounts.principal(user.getUsername()))).with(csrf())
                        .param("email", "real@example.vn").param("phone", "0123"))
                .andExpect(redirectedUrl("/profile"));

        assertThat(users.get(user.getId()).email()).isEqualTo("real@example.vn");
    }

    @Test
    void theApiNeverAcceptsTheSessionCookie() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var login = mvc.perform(formLogin("/login").user(user.getUsername()).password(TestAccounts.PASSWORD))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }
}
