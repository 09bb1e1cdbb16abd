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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ProfileIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired UserManagement users;
    @Autowired TokenService tokens;

    @Test
    void showsDetailsAndOwnLoginHistory() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername(), TestAccounts.PASSWORD);

        mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(user.getFullName())))
                .andExpect(content().string(containsString("Lịch sử đăng nhập")))
                .andExpect(content().string(containsString("<td>Đăng nhập</td>")));
    }

    @Test
    void wrongCurrentPasswordIsRefused() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(post("/profile/password").with(user(accounts.principal(user.getUsername()))).with(csrf())
                        .param("current", "NotMine123").param("password", "Moi2026abc")
                        .param("confirmation", "Moi2026abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        assertThat(users.get(user.getId()).version()).isEqualTo(user.account().version());
    }

    @Test
    void changesOwnPasswordAndStaysSignedIn() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername(), TestAccounts.PASSWORD);

        mvc.perform(post("/profile/password").session(session).with(csrf())
                        .param("current", TestAccounts.PASSWORD).param("password", "Moi2026abc")
                        .param("confirmation", "Moi2026abc"))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        assertThat(login(user.getUsername(), "Moi2026abc")).isNotNull();
    }

    @Test
    void issuedTokenSecretIsShownOnceAndWorks() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var session = login(user.getUsername(), TestAccounts.PASSWORD);

        var issued = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "Cổng TTĐT"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attributeExists("issuedSecret"))
                .andReturn();
        String secret = (String) issued.getFlashMap().get("issuedSecret");

        // the flash map waits in the session for the next page only
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng TTĐT")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void revokesOwnTokenAfterConfirmation() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var issued = tokens.issue(user.getId(), "old", null);
        var me = user(accounts.principal(user.getUsername()));

        mvc.perform(get("/profile/tokens/" + issued.id() + "/revoke").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thu hồi mã truy cập &quot;old&quot;?")));
        mvc.perform(post("/profile/tokens/" + issued.id() + "/revoke").with(me).with(csrf()))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void actsForTheDelegatorOnlyUnderAnActiveDelegation() throws Exception {
        var delegator = accounts.create(Role.UNIT_HEAD);
        var deputy = accounts.create(Role.OFFICER);
        var session = login(deputy.getUsername(), TestAccounts.PASSWORD);

        mvc.perform(post("/profile/act-for/" + delegator.getId()).session(session).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(principal(session).actingFor()).isNull();

        users.delegate(delegator.getId(), deputy.getId(), OfficeDate.today(), OfficeDate.today().plusDays(2), "nghỉ phép");
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("Làm thay " + delegator.getFullName())));
        mvc.perform(post("/profile/act-for/" + delegator.getId()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(principal(session).actingFor()).isEqualTo(delegator.getUsername());
        assertThat(principal(session).hasRole(Role.UNIT_HEAD)).isTrue();
        mvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("Đang làm thay " + delegator.getFullName())));

        mvc.perform(post("/profile/act-for/end").session(session).with(csrf())).andExpect(redirectedUrl("/profile"));
        assertThat(principal(session).actingFor()).isNull();
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static CurrentUser principal(MockHttpSession session) {
        var context = (SecurityContext) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (CurrentUser) context.getAuthentication().getPrincipal();
    }
}
