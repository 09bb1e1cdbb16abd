package vn.eoffice.documents;

import java.io.ByteArrayInputStream;
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
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit head handing a directive down reads the document beside the form, which starts filled in. */
@IntegrationTest
@AutoConfigureMockMvc
class TaskPageReadingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired Directives directives;
    @Autowired OrganizationDirectory organization;
    @Autowired FileStorage storage;
    @Autowired TransactionTemplate transactions;

    @Test
    void unitHeadReadsTheDocumentBesideHandDownFirstWithItsTitleFilledAndTheSourceNamedByItsNumber() throws Exception {
        String notation = "46-CV/" + UUID.randomUUID().toString().substring(0, 6);
        var document = directed(notation);
        var task = directives.tasksOf(as("lanhdao"), document.getId()).get(0);
        String page = mvc.perform(get("/tasks/" + task.id()).with(user(as("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "src=\"/documents/" + document.getId() + "/files/0/pages/2\"")))
                .andExpect(content().string(containsString("2 trang — cong-van.pdf")))
                .andExpect(content().string(containsString(notation + " — Về việc tổng kết")))
                .andExpect(content().string(not(containsString(">#" + document.getId() + "<"))))
                .andExpect(content().string(not(containsString("Giao tiếp"))))
                .andReturn().getResponse().getContentAsString();
        int handDown = page.indexOf(">Giao việc tiếp<");
        assertThat(handDown).isPositive();
        assertThat(handDown).isLessThan(page.indexOf(">Cập nhật tiến độ<"));
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
                .contains("name=\"title\" value=\"" + task.title() + "\"");
        mvc.perform(get("/documents/" + document.getId() + "/files/0/pages/1").with(user(as("truongphong"))))
                .andExpect(status().isOk());
    }

    private Document directed(String notation) {
        var clerk = as("vanthu");
        var stored = storage.store("cong-van.pdf", new ByteArrayInputStream(TestFiles.pdfOfPages(2)), clerk.id());
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        var document = transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                notation, OfficeDate.today(), "CV", "Về việc tổng kết công tác tuyên truyền năm 2026", null,
                "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, Secrecy.NONE, 2, 1, null, null),
                List.of(new AttachedFile(stored.id(), stored.name()))));
        Long unit = organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> u.abbreviation().equals("TTBC")).findFirst().orElseThrow().id();
        directives.direct(as("lanhdao"), document.getId(), new DirectiveForm(unit, null, null, null, null,
                OfficeDate.today().plusDays(7), "Phòng Tuyên truyền chủ trì tham mưu."));
        return document;
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
