package vn.eoffice.documents.casefiles;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.exports.ExportReading;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class CaseFileWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired CaseFileManagement files;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired TransactionTemplate transactions;
    @Autowired TestAccounts testAccounts;

    @Test
    void clerkCreatesAFileAndSeesItInTheYearlyList() throws Exception {
        String code = "12." + CaseFileIntegrationTests.token();
        mvc.perform(post("/case-files").with(csrf()).with(user(as("vanthu")))
                        .param("year", "2040").param("code", code).param("title", "Hồ sơ hội nghị báo cáo viên")
                        .param("retentionYears", "").param("ownerUserId", as("vanthu").id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/case-files/*"));
        mvc.perform(get("/case-files").param("year", "2040").with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Vĩnh viễn")))
                .andExpect(content().string(containsString("In sổ văn bản")))
                .andExpect(content().string(containsString("Lập hồ sơ mới")));
        mvc.perform(get("/case-files/new").with(user(as("vanthu")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời hạn bảo quản")));
    }

    @Test
    void invalidFormShowsVietnameseMessages() throws Exception {
        String code = "13." + CaseFileIntegrationTests.token();
        files.create(as("vanthu"), CaseFileIntegrationTests.form(2041, code, as("vanthu").id()));
        mvc.perform(post("/case-files").with(csrf()).with(user(as("vanthu")))
                        .param("year", "2041").param("code", "").param("title", "")
                        .param("retentionYears", "0").param("ownerUserId", as("vanthu").id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần nhập số và ký hiệu hồ sơ.")))
                .andExpect(content().string(containsString("Cần nhập tiêu đề hồ sơ.")))
                .andExpect(content().string(containsString("Thời hạn bảo quản phải từ 1 đến 100 năm.")));
        mvc.perform(post("/case-files").with(csrf()).with(user(as("vanthu")))
                        .param("year", "2041").param("code", code).param("title", "Trùng mã")
                        .param("ownerUserId", as("vanthu").id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã có trong danh mục năm 2041")));
        mvc.perform(get("/case-files/new").with(user(as("chuyenvien")))).andExpect(status().isForbidden());
    }

    @Test
    void filePageAddsFindsAndClosesAndLeavesNoTraceOfASecretDocument() throws Exception {
        var clerk = as("vanthu");
        var file = files.create(clerk, CaseFileIntegrationTests.form(2042, "14." + CaseFileIntegrationTests.token(),
                as("truongphong").id()));
        String token = CaseFileIntegrationTests.token();
        var open = register("Tuyên truyền biển đảo " + token, Secrecy.NONE);
        var secret = register("Tài liệu mật " + token, Secrecy.MAT);
        String page = "/case-files/" + file.getId();
        mvc.perform(get(page).param("q", token).header("HX-Request", "true").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyên truyền biển đảo " + token)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(page + "/documents").with(csrf()).with(user(clerk)).param("documentId", open.getId().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "caseFile.documents.added"));
        files.addDocument(clerk, file.getId(), secret.getId());
        var uncleared = as(testAccounts.create(Role.LEADER).getUsername());
        mvc.perform(get(page).with(user(uncleared)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyên truyền biển đảo " + token)))
                // issue 20: no count of hidden documents gives away that a secret one is in the file
                .andExpect(content().string(not(containsString("không hiển thị do quyền truy cập"))))
                .andExpect(content().string(not(containsString("Tài liệu mật " + token))));
        mvc.perform(post(page + "/close").with(csrf()).with(user(as("chuyenvien"))))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/close").with(csrf()).with(user(clerk))).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/documents").with(csrf()).with(user(clerk)).param("documentId", open.getId().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("actionError", "caseFile.closed"));
        mvc.perform(get(page).with(user(as("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã kết thúc")))
                .andExpect(content().string(containsString("Mở lại hồ sơ")));
        var pdf = mvc.perform(get(page + "/index").param("format", "pdf").with(user(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ExportReading.pdf(pdf).text()).contains("MỤC LỤC VĂN BẢN", token);
    }

    @Test
    void apiCreatesFillsClosesAndExportsAFile() throws Exception {
        var document = register("Báo cáo chuyên đề " + CaseFileIntegrationTests.token(), Secrecy.NONE);
        String code = "15." + CaseFileIntegrationTests.token();
        String body = """
                {"year":2043,"code":"%s","title":"Hồ sơ dư luận xã hội","retentionYears":20,"ownerUserId":%d}
                """.formatted(code, as("vanthu").id());
        String location = mvc.perform(post("/api/v1/case-files").with(httpBasic("vanthu", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/case-files").with(httpBasic("vanthu", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("đã có trong danh mục năm 2043")));
        mvc.perform(post(location + "/close").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("chưa thể kết thúc")));
        mvc.perform(post(location + "/documents").with(httpBasic("vanthu", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"documentId\":" + document.getId() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[0].id").value(document.getId()))
                .andExpect(jsonPath("$.hiddenDocuments").value(0));
        mvc.perform(post(location + "/close").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/case-files").param("year", "2043").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == '" + code + "')]").exists());
        mvc.perform(get(location + "/index").param("format", "xlsx").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get(location).with(httpBasic("dinhthimai", "demo123"))).andExpect(status().isNotFound());
    }

    private Document register(String summary, Secrecy secrecy) {
        var clerk = as("vanthu");
        Long registerId = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(registerId,
                (100 + (int) (Math.random() * 900)) + "-CV/" + CaseFileIntegrationTests.token(),
                OfficeDate.today().minusDays(2), "KH", summary, null, "Tỉnh đoàn Điện Biên", null, null, null, Urgency.NORMAL,
                secrecy, 2, 1, null, null), List.of()));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
