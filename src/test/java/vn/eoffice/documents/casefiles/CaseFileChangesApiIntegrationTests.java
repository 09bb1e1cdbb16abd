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
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Taking a document out of a file and reopening a closed file through the API, with the page's rules. */
@IntegrationTest
@AutoConfigureMockMvc
class CaseFileChangesApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired CaseFileManagement files;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired TransactionTemplate transactions;

    @Test
    void whoMayChangeTheFileTakesADocumentOutAndOnlyALeaderReopensIt() throws Exception {
        var clerk = as("vanthu");
        var file = files.create(clerk, CaseFileIntegrationTests.form(2043, "15." + CaseFileIntegrationTests.token(),
                clerk.id()));
        var details = new IncomingDetails(registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0)
                .id(), "7-TB/" + CaseFileIntegrationTests.token(), OfficeDate.today().minusDays(1), "TB",
                "Thông báo lịch tiếp dân", null, "Văn phòng Tỉnh ủy", null, null, null, Urgency.NORMAL, Secrecy.NONE, 1,
                1, null, null);
        Long kept = transactions.execute(s -> documents.registerIncoming(clerk, details, List.of())).getId();
        Long taken = transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(
                details.registerId(), "8-TB/" + CaseFileIntegrationTests.token(), details.documentDate(), "TB",
                "Thông báo khác", null, details.issuerName(), null, null, null, Urgency.NORMAL, Secrecy.NONE, 1, 1,
                null, null), List.of())).getId();
        files.addDocument(clerk, file.getId(), kept);
        files.addDocument(clerk, file.getId(), taken);
        String base = "/api/v1/case-files/" + file.getId();

        mvc.perform(delete(base + "/documents/" + taken).with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(delete(base + "/documents/" + taken).with(httpBasic("vanthuxa", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(delete(base + "/documents/" + taken).with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isNoContent());
        assertThat(files.contents(clerk, file.getId()).documents()).extracting(d -> d.getId()).containsExactly(kept);

        files.close(clerk, file.getId());
        mvc.perform(post(base + "/reopen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Bổ sung văn bản\"}").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/reopen").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isBadRequest());
        mvc.perform(post(base + "/reopen").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Bổ sung văn bản\"}").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
