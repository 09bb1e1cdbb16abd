package vn.eoffice.documents.outgoing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Urgency;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Versions, circuit, recipients, "sent by post" and the next number through the API, as on the document's page. */
@IntegrationTest
@AutoConfigureMockMvc
class DraftApiIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;

    @Test
    void whoMaySeeTheDraftReadsItsVersionsAndCircuit() throws Exception {
        var document = signed(Secrecy.NONE);
        String base = "/api/v1/documents/" + document.getId();

        mvc.perform(get(base + "/versions").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].versionNo").value(1))
                .andExpect(jsonPath("$[0].name").value("duthao.pdf"))
                .andExpect(jsonPath("$[0].href").value(base + "/versions/1/content"));
        var content = mvc.perform(get(base + "/versions/1/content").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get(base + "/versions/7/content").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/circuit").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("APPROVAL"))
                .andExpect(jsonPath("$[0].reviewerId").value(as("lanhdao").id()))
                .andExpect(jsonPath("$[0].status").value("APPROVED"));
        for (String path : List.of("/versions", "/versions/1/content", "/circuit", "/recipients")) {
            mvc.perform(get(base + path).with(httpBasic("vanthuxa", "demo123")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theClerkMarksAnExternalRecipientSentByPostAndOthersMayNot() throws Exception {
        var officer = as("chuyenvien");
        var draft = new OutgoingDraft(Direction.OUTGOING, "CV", "Về việc " + UUID.randomUUID(), Urgency.NORMAL,
                Secrecy.NONE, null, List.of(unit("KGVH")), List.of(), List.of(), "sotttt@example.vn");
        var document = drafts.draft(officer, draft, pdf("duthao.pdf", officer), List.of());
        circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, as("lanhdao").id())));
        circuit.decide(as("lanhdao"), document.getId(), true, null);
        release.sign(as("lanhdao"), document.getId());
        String base = "/api/v1/documents/" + document.getId();
        mvc.perform(get(base + "/next-number").param("registerId", register(false).id().toString())
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notation").value(not(emptyString())));
        release.release(as("vanthu"), document.getId(), register(false).id());
        Long mailed = drafts.recipients(officer, document.getId()).stream()
                .filter(r -> "sotttt@example.vn".equals(r.getEmail())).findFirst().orElseThrow().getId();

        mvc.perform(get(base + "/recipients").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + mailed + ")].delivery").value("TO_SEND_MANUALLY"));
        mvc.perform(post(base + "/recipients/" + mailed + "/sent-outside").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(post(base + "/recipients/" + mailed + "/sent-outside").with(httpBasic("vanthuxa", "demo123")))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/recipients/" + mailed + "/sent-outside").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isNoContent());
        assertThat(drafts.recipients(officer, document.getId())).filteredOn(r -> r.getId().equals(mailed))
                .extracting(Recipient::getDelivery).containsExactly(Recipient.Delivery.SENT_BY_EMAIL);
        mvc.perform(post(base + "/recipients/" + mailed + "/sent-outside").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest());
    }
}
