package vn.eoffice.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.platform.Secrecy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class SearchWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage files;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentSearch search;
    SearchFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(documents, registers, files, accounts, search);
    }

    @Test
    void searchPageShowsRankedHighlightedResults() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Kế hoạch tuyên truyền <b>đậm</b> " + m);
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        mvc.perform(get("/search").param("q", "tuyen truyen " + m).with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>tuyên</mark>")))
                .andExpect(content().string(containsString("&lt;b&gt;")))
                .andExpect(content().string(containsString("/documents/" + document.getId())))
                .andExpect(content().string(containsString("Tìm thấy 1 văn bản")))
                .andExpect(content().string(containsString("<select id=\"search-type\"")));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Hướng dẫn " + m);
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        mvc.perform(get("/search").param("q", m).header("HX-Request", "true")
                        .with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("/documents/" + document.getId())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void secretDocumentIsNotShownToAnOfficer() throws Exception {
        String m = SearchFixtures.marker();
        var secret = fixtures.register("Mật " + m, "CV", Urgency.NORMAL, Secrecy.MAT, OfficeDate.today().minusDays(1),
                List.of());
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), secret.getId());
        mvc.perform(get("/search").param("q", m).with(user(accounts.loadUserByUsername("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tìm thấy 0 văn bản")))
                .andExpect(content().string(not(containsString("/documents/" + secret.getId()))));
    }

    @Test
    void malformedFiltersAreIgnoredNotFailed() throws Exception {
        mvc.perform(get("/search").param("q", "\"(*").param("from", "hôm qua").param("register", "abc")
                        .param("page", "-3").with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk());
        mvc.perform(get("/search").with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập từ khóa")));
    }

    @Test
    void apiReturnsIdsSnippetsAndScoresOfVisibleDocumentsOnly() throws Exception {
        String m = SearchFixtures.marker();
        var document = fixtures.register("Tuyên truyền Đảng ủy " + m);
        var secret = fixtures.register("Tuyên truyền mật " + m, "CV", Urgency.NORMAL, Secrecy.MAT,
                OfficeDate.today().minusDays(1), List.of());
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), secret.getId());
        fixtures.awaitHit("lanhdao", SearchQuery.of(m), document.getId());
        mvc.perform(get("/api/v1/search").param("q", "dang uy " + m).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(document.getId()))
                .andExpect(jsonPath("$.content[0].snippet").value(containsString("<mark>Đảng</mark>")))
                .andExpect(jsonPath("$.content[0].score").isNumber());
        mvc.perform(get("/api/v1/search").param("q", "tuyen truyen " + m).with(httpBasic("vanthu", "demo123")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/search").param("q", m).param("type", "CV").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0))
                .andExpect(jsonPath("$.types").isEmpty());
    }

    @Test
    void administratorStartsAReindexAndFollowsItsProgress() throws Exception {
        mvc.perform(post("/api/v1/admin/search/reindex").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/search/reindex").with(httpBasic("admin", "demo123")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").exists());
        mvc.perform(get("/api/v1/admin/search/reindex").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
        var admin = accounts.loadUserByUsername("admin");
        mvc.perform(get("/admin/search").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lập lại chỉ mục")));
        mvc.perform(get("/admin/search/progress").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reindex-progress\"")));
        mvc.perform(post("/admin/search/reindex").with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/search"));
        mvc.perform(get("/admin/search").with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isForbidden());
    }
}
