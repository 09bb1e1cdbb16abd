package vn.eoffice.identity;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
                user.account().agencyId(), null, user.account().roles(), user.account().clearance(), false));

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

    @Test
    void actingForSomeoneEndsWhenTheDelegationIsRevoked() throws Exception {
        var delegator = accounts.create(Role.UNIT_HEAD);
        var deputy = accounts.create(Role.OFFICER);
        var delegation = users.delegate(delegator.getId(), deputy.getId(), OfficeDate.today(), OfficeDate.today(), null);
        var session = login(deputy.getUsername());
        mvc.perform(post("/profile/act-for/" + delegator.getId()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(principal(session).actingFor()).isEqualTo(delegator.getUsername());

        users.revokeDelegation(delegation.id());

        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        assertThat(principal(session).actingFor()).isNull();
        assertThat(principal(session).hasRole(Role.UNIT_HEAD)).isFalse();
    }

    private static CurrentUser principal(MockHttpSession session) {
        var context = (SecurityContext) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (CurrentUser) context.getAuthentication().getPrincipal();
    }

    private MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
