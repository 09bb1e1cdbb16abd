package vn.eoffice.documents;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class DirectiveWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired TransactionTemplate transactions;

    @Test
    void leaderDirectsFromTheDocumentPage() throws Exception {
        var document = registered();
        mvc.perform(get("/documents/" + document.getId()).with(user(as("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ý kiến chỉ đạo (bút phê)")));
        Long unit = organization.units(as("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> u.abbreviation().equals("TTBC")).findFirst().orElseThrow().id();
        mvc.perform(post("/documents/" + document.getId() + "/directive").with(csrf()).with(user(as("lanhdao")))
                        .param("leadUnitId", unit.toString()).param("deadline", OfficeDate.today().plusDays(7).toString())
                        .param("opinion", "Phòng Tuyên truyền chủ trì tham mưu."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "directive.saved"));
        assertThat(documents.visible(as("vanthu"), document.getId()).getStatus()).isEqualTo(DocumentStatus.DIRECTED);
        mvc.perform(get("/documents/" + document.getId()).with(user(as("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công việc xử lý văn bản")))
                .andExpect(content().string(containsString("cho ý kiến chỉ đạo")));
    }

    @Test
    void incompleteDirectiveComesBackWithVietnameseMessagesAndChangesNothing() throws Exception {
        var document = registered();
        var refused = mvc.perform(post("/documents/" + document.getId() + "/directive").with(csrf())
                        .with(user(as("lanhdao"))).param("opinion", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("directive"))
                .andReturn();
        mvc.perform(get("/documents/" + document.getId()).with(user(as("lanhdao")))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần nhập ý kiến chỉ đạo.")))
                .andExpect(content().string(containsString("Cần nhập hạn xử lý.")))
                .andExpect(content().string(containsString("Chọn một đơn vị chủ trì hoặc một cá nhân chủ trì")));
        assertThat(documents.visible(as("vanthu"), document.getId()).getStatus()).isEqualTo(DocumentStatus.REGISTERED);
        mvc.perform(post("/documents/" + document.getId() + "/directive").with(csrf()).with(user(as("chuyenvien")))
                        .param("opinion", "x"))
                .andExpect(status().isForbidden());
    }

    private Document registered() {
        var clerk = as("vanthu");
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                "44-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV",
                "Về việc chuẩn bị hội nghị giao ban báo chí tháng 12", null, "Tỉnh ủy Điện Biên", null, null, null,
                Urgency.NORMAL, Secrecy.NONE, 1, 1, null, null), List.of()));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
