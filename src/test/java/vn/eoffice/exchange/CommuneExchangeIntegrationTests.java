package vn.eoffice.exchange;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.Recipient;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune Party committee hosted in this installation (the demo's Đảng ủy xã Tuần Giáo) works with the commission:
 * the commission addresses a document to it from the drafting form, the release arrives in the commune clerk's
 * "Văn bản điện tử đến", she registers it and submits it to the commune's secretary, and the commune answers with a
 * document numbered in its own register (per Party term), which arrives back at the commission.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CommuneExchangeIntegrationTests {

    private static final String COMMUNE = "000.21.17.H17";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired OrganizationDirectory organization;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired RegisterManagement registers;
    @Autowired ExchangeInbox inbox;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired FileStorage storage;

    @Test
    void theCommuneCommitteeHasTheStaffOfACommuneCommittee() {
        Long commune = organization.agencyByIdentifierCode(COMMUNE).orElseThrow().id();
        var clerk = as("vanthuxa");
        assertThat(clerk.agencyId()).isEqualTo(commune);
        assertThat(clerk.hasRole(Role.CLERK)).isTrue();
        assertThat(organization.unit(clerk.unitId()).name()).isEqualTo("Văn phòng Đảng ủy");
        assertThat(as("bithuxa").hasRole(Role.LEADER)).isTrue();
        assertThat(as("bithuxa").agencyId()).isEqualTo(commune);
        assertThat(as("truongbanxa").hasRole(Role.UNIT_HEAD)).isTrue();
        assertThat(organization.unit(as("chuyenvienxa").unitId()).name()).isEqualTo("Ban Xây dựng Đảng");
        assertThat(organization.termOn(commune, vn.eoffice.OfficeDate.today())).get()
                .satisfies(term -> assertThat(term.name()).isEqualTo("2025–2030"));
    }

    @Test
    void aDocumentAddressedToTheHostedCommuneArrivesInItsInboxAndTheCommuneAnswersWithItsOwnNumber()
            throws Exception {
        var officer = as("chuyenvien");
        var leader = as("lanhdao");
        var clerk = as("vanthu");
        Long commune = organization.agencyByIdentifierCode(COMMUNE).orElseThrow().id();
        String summary = "Về việc tuyên truyền kỷ niệm ngày thành lập tỉnh " + UUID.randomUUID();

        // the drafting form offers the commune; the draft is addressed to it from there
        mvc.perform(get("/documents/outgoing/new").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(java.util.regex.Pattern.compile(
                        ".*<option value=\"" + commune + "\"[^>]*>Đảng ủy xã Tuần Giáo<.*", java.util.regex.Pattern.DOTALL))));
        String location = mvc.perform(multipart("/documents/outgoing")
                        .file(new MockMultipartFile("body", "du-thao.pdf", "application/pdf",
                                DemoExchange.pdf("commune")))
                        .with(csrf()).with(user(officer))
                        .param("direction", "OUTGOING").param("typeCode", "CV").param("urgency", "NORMAL")
                        .param("secrecy", "NONE").param("summary", summary)
                        .param("agencyIds", commune.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Long sentId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        circuit.submit(officer, sentId, List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(leader, sentId, true, null);
        release.sign(leader, sentId);
        release.release(clerk, sentId, outgoingRegister(clerk));

        var communeClerk = as("vanthuxa");
        ExchangeFixtures.await("the document to reach the commune", WAIT, () -> arrived(communeClerk, summary) != null);
        mvc.perform(get("/exchange/inbox").with(user(communeClerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(summary)));
        ExchangeFixtures.await("the commune's acknowledgement", WAIT, () -> drafts.recipients(clerk, sentId).stream()
                .allMatch(r -> r.getDelivery() == Recipient.Delivery.DELIVERED));

        // the commune registers it and submits it to its secretary
        var entry = arrived(communeClerk, summary);
        Long incoming = inbox.accept(communeClerk, entry.getId(), inbox.prefill(communeClerk, entry.getId()));
        var secretary = as("bithuxa");
        assertThat(documents.submit(communeClerk, incoming, secretary.id()).getStatus())
                .isEqualTo(DocumentStatus.SUBMITTED);

        // the secretary gives it to the Ban Xây dựng Đảng, whose officer drafts the answer; the secretary signs it
        // and the clerk numbers it in the commune's own Party register
        var communeOfficer = as("chuyenvienxa");
        directives.direct(secretary, incoming, new DirectiveForm(communeOfficer.unitId(), null, null, null, null,
                vn.eoffice.OfficeDate.today().plusDays(5), "Ban Xây dựng Đảng chủ trì tham mưu báo cáo."));
        String answer = "Báo cáo kết quả tuyên truyền ở cơ sở " + UUID.randomUUID();
        var stored = storage.store("bao-cao.pdf", new ByteArrayInputStream(DemoExchange.pdf("answer")),
                communeOfficer.id());
        var reply = drafts.draft(communeOfficer, new OutgoingDraft(Direction.OUTGOING, "BC", answer, Urgency.NORMAL,
                Secrecy.NONE, incoming.toString(), List.of(), List.of(),
                List.of(organization.agencyByIdentifierCode(DemoExchange.COMMISSION).orElseThrow().id()), null),
                new AttachedFile(stored.id(), stored.name()), List.of());
        circuit.submit(communeOfficer, reply.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, secretary.id())));
        circuit.decide(secretary, reply.getId(), true, null);
        release.sign(secretary, reply.getId());
        var released = release.release(communeClerk, reply.getId(), outgoingRegister(communeClerk));
        assertThat(released.getNotation()).matches("\\d{2,}-BC/ĐU");

        ExchangeFixtures.await("the answer to reach the commission", WAIT, () -> arrived(clerk, answer) != null);
        assertThat(arrived(clerk, answer).getNotation()).isEqualTo(released.getNotation());
    }

    private ReceivedPackage arrived(CurrentUser clerk, String summary) {
        return inbox.waiting(clerk, PageRequest.of(0, 500)).getContent().stream()
                .filter(e -> summary.equals(e.getSummary())).findFirst().orElse(null);
    }

    private Long outgoingRegister(CurrentUser clerk) {
        return registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản")).findFirst().orElseThrow()
                .id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
