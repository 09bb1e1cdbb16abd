package vn.eoffice.documents.outgoing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.TimelineEntry;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.ParticipantRole;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.Urgency;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer drafts the reply to an incoming document; the unit head sends it back once, the form check and the
 * leader approve the second version, the leader signs, the clerk releases it from the Party outgoing register; the
 * internal recipient reads it, the external agency is listed for manual sending; then it is recalled.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OutgoingScenarioIntegrationTests extends OutgoingFixtures {

    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired AgencyCatalog agencies;
    @Autowired MockMvc mvc;
    @Autowired OutgoingDocuments allDocuments;
    @Autowired TransactionTemplate transactions;

    @Test
    void replyIsDraftedReviewedTwiceSignedReleasedAndRecalled() throws Exception {
        var clerk = as("vanthu");
        var officer = as("chuyenvien");
        var unitHead = as("truongphong");
        var formChecker = as("chuyenvien2");
        var leader = as("lanhdao");
        var reader = as("dinhthimai");
        var incoming = documents.registerIncoming(clerk, new IncomingDetails(
                registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                "77-CV/TU-" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV",
                "Đề nghị báo cáo công tác tuyên truyền", null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL,
                Secrecy.NONE, 1, 1, null, null), List.of());
        // the directive on the incoming document (another issue) gives it to the officer's unit to answer
        transactions.executeWithoutResult(status -> allDocuments.findById(incoming.getId()).orElseThrow()
                .include(Participant.unit(officer.unitId(), ParticipantRole.LEAD)));
        // an address-book agency in force today (merged and dissolved ones cannot receive new documents)
        Long external = agencies.search(false, null, OfficeDate.today(), PageRequest.of(0, 1)).getContent().get(0)
                .getId();

        var draft = new OutgoingDraft(Direction.OUTGOING, "CV", "Báo cáo công tác tuyên truyền " + UUID.randomUUID(),
                Urgency.NORMAL, Secrecy.NONE, incoming.getNotation(), List.of(unit("KGVH")), List.of(),
                List.of(external), "vanphong@example.vn");
        var document = drafts.draft(officer, draft, pdf("bao-cao-v1.pdf", officer), List.of());
        Long id = document.getId();
        assertThat(drafts.record(officer, id).getReplyToId()).isEqualTo(incoming.getId());
        assertThatThrownBy(() -> drafts.outgoing(reader, id)).isInstanceOf(NotFoundException.class);

        circuit.submit(officer, id, List.of(
                new CircuitStep(1, ReviewStep.Kind.CONTENT, unitHead.id()),
                new CircuitStep(2, ReviewStep.Kind.FORM, formChecker.id()),
                new CircuitStep(2, ReviewStep.Kind.CONTENT, clerk.id()),
                new CircuitStep(3, ReviewStep.Kind.APPROVAL, leader.id())));
        assertThatThrownBy(() -> circuit.decide(formChecker, id, true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.outgoing(unitHead, OutgoingBox.TO_REVIEW, PageRequest.of(0, 500)).getContent())
                .anyMatch(row -> row.id().equals(id));
        circuit.decide(unitHead, id, false, "Bổ sung số liệu quý IV");
        assertThat(drafts.outgoing(officer, id).getStatus()).isEqualTo(DocumentStatus.DRAFT);

        drafts.upload(officer, id, () -> pdf("bao-cao-v2.pdf", officer), "Đã bổ sung số liệu");
        circuit.submit(officer, id, List.of(
                new CircuitStep(1, ReviewStep.Kind.CONTENT, unitHead.id()),
                new CircuitStep(2, ReviewStep.Kind.FORM, formChecker.id()),
                new CircuitStep(2, ReviewStep.Kind.CONTENT, clerk.id()),
                new CircuitStep(3, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(unitHead, id, true, "Đạt");
        assertThat(queries.outgoing(formChecker, OutgoingBox.TO_REVIEW, PageRequest.of(0, 500)).getContent())
                .anyMatch(row -> row.id().equals(id));
        circuit.decide(clerk, id, true, null);
        circuit.decide(formChecker, id, true, null);
        assertThat(queries.outgoing(leader, OutgoingBox.TO_SIGN, PageRequest.of(0, 500)).getContent())
                .noneMatch(row -> row.id().equals(id));
        circuit.decide(leader, id, true, "Đồng ý ban hành");
        assertThat(drafts.outgoing(officer, id).getStatus()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(queries.outgoing(leader, OutgoingBox.TO_SIGN, PageRequest.of(0, 500)).getContent())
                .anyMatch(row -> row.id().equals(id));
        release.sign(leader, id);
        assertThat(drafts.record(officer, id).getSignedVersionNo()).isEqualTo(2);

        var released = release.release(clerk, id, register(false).id());
        assertThat(released.getStatus()).isEqualTo(DocumentStatus.RELEASED);
        assertThat(released.getNotation()).matches("\\d+-CV/BTGDVTU");
        assertThat(released.getDocumentDate()).isEqualTo(OfficeDate.today());
        assertThat(drafts.versions(officer, id)).extracting(DocumentVersion::getName)
                .containsExactly("bao-cao-v1.pdf", "bao-cao-v2.pdf");
        assertThat(drafts.record(clerk, id).getArchiveFileId())
                .isEqualTo(drafts.versions(clerk, id).get(1).getFileId());
        assertThat(drafts.recipients(clerk, id)).extracting(Recipient::getDelivery).containsExactly(
                Recipient.Delivery.DELIVERED, Recipient.Delivery.TO_SEND_MANUALLY,
                Recipient.Delivery.TO_SEND_MANUALLY);
        assertThat(queries.outgoing(reader, OutgoingBox.RELEASED, PageRequest.of(0, 500)).getContent())
                .anyMatch(row -> row.id().equals(id));
        mvc.perform(get("/documents/outgoing/" + id).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(released.getNotation())));

        // an agency the exchange does not reach: the clerk sends it by e-mail and records it from the page
        Long mailed = drafts.recipients(clerk, id).get(1).getId();
        String sentOutside = "/documents/outgoing/" + id + "/recipients/" + mailed + "/sent-outside";
        mvc.perform(post(sentOutside).with(user(officer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(sentOutside).with(user(clerk))).andExpect(status().isForbidden());
        assertThat(drafts.recipients(clerk, id).get(1).getDelivery()).isEqualTo(Recipient.Delivery.TO_SEND_MANUALLY);
        mvc.perform(post(sentOutside).with(user(clerk)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "outgoing.sentOutside.done"));
        assertThat(drafts.recipients(clerk, id)).extracting(Recipient::getDelivery).containsExactly(
                Recipient.Delivery.DELIVERED, Recipient.Delivery.SENT_BY_EMAIL, Recipient.Delivery.TO_SEND_MANUALLY);
        mvc.perform(post(sentOutside).with(user(clerk)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "outgoing.sentOutside.notToSend"));
        mvc.perform(get("/documents/outgoing/" + id).with(user(clerk)))
                .andExpect(content().string(containsString("Đã gửi ngoài hệ thống (thư điện tử, bưu chính)")));

        release.recall(leader, id, "Sai số liệu ở phụ lục");
        assertThat(drafts.recipients(clerk, id)).allMatch(r -> r.getDelivery() == Recipient.Delivery.WITHDRAWN);
        mvc.perform(get("/documents/outgoing/" + id).with(user(as("dinhthimai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã thu hồi")))
                .andExpect(content().string(containsString("Sai số liệu ở phụ lục")));
        assertThat(documents.timeline(officer, id)).extracting(TimelineEntry::kind).containsSubsequence(
                "DRAFTED", "VERSION_UPLOADED", "SUBMITTED_FOR_REVIEW", "REVIEW_RETURNED", "VERSION_UPLOADED",
                "SUBMITTED_FOR_REVIEW", "REVIEW_APPROVED", "APPROVED", "SIGNED", "RELEASED", "SENT_OUTSIDE", "RECALLED");
    }
}
