package vn.eoffice.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class SessionFreshnessIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername());
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

        users.update(user.getId(), new UserDetailsForm(user.getUsername(), user.getFullName(), null, null, null,
                user.getAgencyId(), null, user.getRoles(), user.getClearance(), false));

        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void passwordResetEndsTheOpenSessionAndHtmxIsToldToReload() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername());

        users.resetPassword(user.getId(), "Moi2026abc");

        mvc.perform(get("/profile").session(session).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
    }

    @Test
    void untouchedAccountKeepsItsSession() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername());
        users.updateContact(user.getId(), "new@example.vn", null);

        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
