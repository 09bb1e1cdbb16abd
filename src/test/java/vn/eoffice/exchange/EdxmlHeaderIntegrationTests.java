package vn.eoffice.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/**
 * The edXML header filled from the agency's and the document's records on what leaves, verified by xmlsec1; and
 * what arrives kept and shown to the clerk.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EdxmlHeaderIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyKeys keys;
    @Autowired InboxEntries inbox;
    @Autowired SignedPackages signed;
    @Autowired OutboxEntries outbox;
    @Autowired UserDetailsService accounts;
    @Autowired ExchangeGateway gateway;
    @Autowired vn.eoffice.files.FileStorage storage;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;

    final PackageCodec codec = new PackageCodec(10_000_000);

    @Test
    void aReleasedDocumentGoesOutWithTheAgencysDetailsAndAStandardVerifierAcceptsItAndItsRecall() throws Exception {
        Xmlsec1.require();
        var officer = as("chuyenvien");
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        Long sister = organization.agencyByIdentifierCode(DemoExchange.SISTER).orElseThrow().id();
        var file = storage.store("du-thao.pdf", new java.io.ByteArrayInputStream(DemoExchange.pdf("header")),
                officer.id());
        var draft = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", "Đầu gói tin theo QCVN 102",
                Urgency.VERY_URGENT, Secrecy.NONE, null, List.of(), List.of(), List.of(sister), null),
                new AttachedFile(file.id(), file.name()), List.of());
        Long id = draft.getId();
        circuit.submit(officer, id, List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(leader, id, true, null);
        release.sign(leader, id);
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản")).findFirst().orElseThrow();
        release.release(clerk, id, register.id());
        ExchangeFixtures.await("the delivery", Duration.ofSeconds(20),
                () -> gateway.deliveries(clerk, id).get(0).delivery().getLastStatus() != null);
        var delivery = gateway.deliveries(clerk, id).get(0).delivery();
        byte[] sent = signed.find(delivery.getId()).orElseThrow();

        assertThat(Xmlsec1.verify(sent, keys.certificate()).verified()).as(new String(sent)).isTrue();
        var document = codec.read(sent, organId -> Optional.of(keys.certificate())).document();
        assertThat(document.from().organizationInCharge()).isEqualTo("Tỉnh ủy Điện Biên");
        assertThat(document.from().organAdd()).isEqualTo("Phường Điện Biên Phủ, tỉnh Điện Biên");
        assertThat(document.from().telephone()).isEqualTo("0215 3826 222");
        assertThat(document.from().fax()).isEqualTo("0215 3826 223");
        assertThat(document.place()).isEqualTo("Điện Biên");
        assertThat(document.type()).isEqualTo(1);
        assertThat(document.otherInfo().priority()).isEqualTo(2);
        assertThat(document.otherInfo().typerNotation()).isEqualTo(Contacts.initials(officer.fullName()));
        assertThat(document.steeringType()).isZero();
        assertThat(document.business().paper()).isZero();
        assertThat(document.business().staff()).singleElement()
                .satisfies(staff -> assertThat(staff.staff()).isEqualTo(officer.fullName()));
        assertThat(document.to()).singleElement()
                .satisfies(to -> assertThat(to.organName()).isEqualTo(organization.agency(sister).name()));
        // the released file (signed at release, so not the draft's bytes) travels inside the signed package
        assertThat(document.attachments()).singleElement().satisfies(a -> assertThat(
                new String(a.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-"));

        release.recall(clerk, id, "Ban hành nhầm");
        ExchangeFixtures.await("the recall", Duration.ofSeconds(20), () -> outbox
                .findByDocumentIdAndKindOrderByIdAsc(id, DeliveryKind.RECALL).stream()
                .anyMatch(e -> signed.find(e.getId()).isPresent()));
        var recall = outbox.findByDocumentIdAndKindOrderByIdAsc(id, DeliveryKind.RECALL).stream()
                .filter(e -> signed.find(e.getId()).isPresent()).findFirst().orElseThrow();
        byte[] recallPackage = signed.find(recall.getId()).orElseThrow();
        assertThat(Xmlsec1.verify(recallPackage, keys.certificate()).verified()).isTrue();
        assertThat(codec.read(recallPackage, organId -> Optional.of(keys.certificate())).document().business()
                .docType()).isEqualTo(EdxmlDocument.Business.RECALL);
    }

    @Test
    void aFlashAtAFixedTimeArrivesWithItsTimeAndTheClerkSeesWhatThePackageSaid() throws Exception {
        var plain = ExchangeFixtures.document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Hỏa tốc hẹn giờ", null);
        var info = new EdxmlDocument.OtherInfo(4, "Lưu hành nội bộ", "LVM", 7, 2, List.of());
        var from = new Organization(DemoExchange.SISTER, "Đảng ủy thành phố", "Đảng ủy phường Điện Biên Phủ",
                "Số 1 đường Võ Nguyên Giáp", "dangu@dbp.vn", "0215 111", "0215 112", "https://dbp.vn");
        var document = new EdxmlDocument(from, plain.to(), plain.documentId(), plain.codeNumber(),
                plain.codeNotation(), "Điện Biên Phủ", plain.promulgationDate(), 1, "CV", "Công văn",
                plain.subject(), "Đề nghị có mặt đúng giờ", plain.signer(), plain.dueDate(), plain.toPlaces(), info,
                List.of(), 0, plain.traces(), new EdxmlDocument.Business(0, null, List.of(), 0,
                        List.of(new EdxmlStatus.StaffInfo("Văn phòng", "Lò Thị Gửi", "0912", "gui@dbp.vn"))),
                List.of(), LocalTime.of(9, 30));

        var answer = deliver(codec.write(document, keys.signingKey()));

        assertThat(answer.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(answer.responseFor().code())
                .isEqualTo(vn.eoffice.documents.Notation.fromCode(plain.codeNumber(), plain.codeNotation()));
        assertThat(answer.responseFor().promulgationDate()).isEqualTo(plain.promulgationDate());
        assertThat(answer.from().organName()).isEqualTo(organization.agencyByIdentifierCode(DemoExchange.COMMISSION)
                .orElseThrow().name());
        var entry = inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, document.documentId()).get(0);
        assertThat(entry.getPriority()).isEqualTo(4);
        assertThat(entry.getHeader().dueTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(entry.getHeader().place()).isEqualTo("Điện Biên Phủ");
        assertThat(entry.getHeader().senderContact()).contains("Số 1 đường Võ Nguyên Giáp", "0215 112");
        String due = plain.dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(get("/exchange/inbox/" + entry.getId()).with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hỏa tốc hẹn giờ: trước 09:30 ngày " + due)))
                .andExpect(content().string(containsString("Lưu hành nội bộ")))
                .andExpect(content().string(containsString("Đảng ủy thành phố")))
                .andExpect(content().string(containsString("Lò Thị Gửi")))
                .andExpect(content().string(containsString("7 bản · 2 trang")));
    }

    private EdxmlStatus deliver(byte[] body) throws Exception {
        byte[] response = mvc.perform(post(ReceiveEndpoint.PATH).contentType(MediaType.APPLICATION_XML).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return codec.read(response, organId -> Optional.of(keys.certificate())).status();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
