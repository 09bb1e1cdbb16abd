package vn.eoffice.reports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class HomeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void leaderSeesWhatWaitsForThemAndTheAgencysOverdueWork() throws Exception {
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin chào, Lò Văn Thắng")))
                .andExpect(content().string(containsString("Chờ cho ý kiến")))
                .andExpect(content().string(containsString("Việc quá hạn toàn cơ quan")));
    }

    @Test
    void officerSeesTheirOwnWorkOnly() throws Exception {
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc của tôi quá hạn")))
                .andExpect(content().string(not(containsString("Việc quá hạn toàn cơ quan"))))
                .andExpect(content().string(not(containsString("Chờ cho ý kiến"))));
    }

    @Test
    void clerkSeesDocumentsToSubmitInEnglishToo() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user(accounts.loadUserByUsername("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("To submit")))
                .andExpect(content().string(containsString("Hello, Lường Thị Thu")));
    }
}
