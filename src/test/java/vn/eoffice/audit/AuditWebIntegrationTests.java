package vn.eoffice.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AuditWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void adminBrowsesTheAuditLogInVietnamese() throws Exception {
        mvc.perform(get("/admin/audit").param("action", "USER_CREATED")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhật ký hệ thống")))
                .andExpect(content().string(containsString("USER_CREATED")));
    }

    @Test
    void filterReturnsOnlyTheResultsFragmentForHtmx() throws Exception {
        mvc.perform(get("/admin/audit").param("action", "USER_CREATED").header("HX-Request", "true")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
    }

    @Test
    void verifyButtonReportsAnIntactChain() throws Exception {
        mvc.perform(post("/admin/audit/verify").with(csrf()).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi nhật ký toàn vẹn")));
    }

    @Test
    void officersCannotSeeTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").with(user(accounts.loadUserByUsername("chuyenvien"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiVerifiesTheChainAndListsEntries() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/audit").param("action", "USER_CREATED").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value(containsString("USER_CREATED")));
    }
}
