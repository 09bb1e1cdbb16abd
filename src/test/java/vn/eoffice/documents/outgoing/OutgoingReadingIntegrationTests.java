package vn.eoffice.documents.outgoing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.Urgency;
import vn.eoffice.platform.Secrecy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reply names what it answers by number and type, and its review starts from the usual circuit. */
@IntegrationTest
@AutoConfigureMockMvc
class OutgoingReadingIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired TransactionTemplate transactions;

    @Test
    void aReplyNamesTheIncomingDocumentByNumberAndProposesUnitHeadThenTheDirectingLeader() throws Exception {
        var officer = as("chuyenvien");
        String notation = "47-CV/" + UUID.randomUUID().toString().substring(0, 6);
        var incoming = directedTo(officer.unitId(), notation);
        mvc.perform(get("/documents/outgoing/new").param("replyTo", incoming.getId().toString()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trả lời văn bản số " + notation)))
                .andExpect(content().string(containsString(
                        "type=\"hidden\" id=\"replyTo\" name=\"replyTo\" value=\"" + incoming.getId() + "\"")));
        String page = mvc.perform(post("/documents/outgoing").with(csrf()).with(user(officer))
                        .param("direction", "OUTGOING").param("typeCode", "CV").param("urgency", "NORMAL")
                        .param("secrecy", "NONE").param("summary", "Về việc trả lời " + notation)
                        .param("replyTo", incoming.getId().toString()).param("unitIds", unit("KGVH").toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công văn")))
                .andExpect(content().string(not(containsString("<span>CV</span>"))))
                .andExpect(content().string(containsString(notation + " — ")))
                .andExpect(content().string(chosen(as("truongphong").id())))
                .andExpect(content().string(chosen(as("lanhdao").id())));
    }

    /** The picker's option for {@code id}, whatever attributes it carries, chosen. */
    private static org.hamcrest.Matcher<String> chosen(Long id) {
        return org.hamcrest.Matchers.matchesPattern(java.util.regex.Pattern.compile(
                ".*<option value=\"" + id + "\"[^>]*selected=\"selected\"[^>]*>.*", java.util.regex.Pattern.DOTALL));
    }

    @Test
    void theReviewerReadsTheLatestVersionBesideTheReviewForm() throws Exception {
        var officer = as("chuyenvien");
        var draft = drafts.draft(officer, draft(Secrecy.NONE, List.of(unit("KGVH")), List.of()),
                pdf("du-thao.pdf", officer), List.of());
        circuit.submit(officer, draft.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.CONTENT, as("truongphong").id()),
                        new CircuitStep(2, ReviewStep.Kind.APPROVAL, as("lanhdao").id())));
        String page = "/documents/outgoing/" + draft.getId();
        mvc.perform(get(page).with(user(as("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"" + page + "/versions/1/pages/1\"")))
                .andExpect(content().string(containsString("/review\"")));
        mvc.perform(get(page + "/versions/1/pages/1").with(user(as("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(page + "/versions/1/pages/2").with(user(as("truongphong"))))
                .andExpect(status().isNotFound());
    }

    private Document directedTo(Long unitId, String notation) {
        var clerk = as("vanthu");
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        var document = transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                notation, OfficeDate.today(), "CV", "Về việc chuẩn bị báo cáo chuyên đề", null, "Tỉnh ủy Điện Biên",
                null, null, null, Urgency.NORMAL, Secrecy.NONE, 1, 1, null, null), List.of()));
        directives.direct(as("lanhdao"), document.getId(), new DirectiveForm(unitId, null, null, null, null,
                OfficeDate.today().plusDays(7), "Đề nghị phòng tham mưu trả lời."));
        return document;
    }
}
