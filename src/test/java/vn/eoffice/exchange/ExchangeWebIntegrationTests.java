package vn.eoffice.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.eoffice.exchange.ExchangeFixtures.document;

/**
 * The receive endpoint over HTTP (no login; the signature decides) and the clerk's and administrator's pages.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExchangeWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyKeys keys;
    @Autowired InboxEntries inbox;
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
    void theEndpointAcceptsASignedPackageWithoutLoginAndAnswersASignedArrival() throws Exception {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Gửi qua HTTP", null);

        var answer = deliver(codec.write(doc, keys.signingKey()));

        assertThat(answer.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(answer.responseFor().documentId()).isEqualTo(doc.documentId());
        assertThat(inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).hasSize(1);
        assertThat(deliver(codec.write(doc, keys.signingKey())).statusCode()).as("a duplicate is acknowledged again")
                .isEqualTo(StatusCode.ARRIVED);
        assertThat(inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId())).hasSize(1);
    }

    @Test
    void theEndpointRefusesTamperedForeignMalformedAndHostilePackagesAndKeepsNothing() throws Exception {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Trích yếu gốc", null);
        String xml = new String(codec.write(doc, keys.signingKey()), StandardCharsets.UTF_8);
        long before = inbox.count();

        var tampered = deliver(xml.replace("Trích yếu gốc", "Trích yếu bị sửa").getBytes(StandardCharsets.UTF_8));
        assertThat(tampered.statusCode()).isEqualTo(StatusCode.REFUSED);
        assertThat(tampered.description()).contains("Chữ ký số không hợp lệ");

        var wrongCertificate = deliver(codec.write(doc, TestKeys.of("intruder")));
        assertThat(wrongCertificate.statusCode()).isEqualTo(StatusCode.REFUSED);

        var stranger = document("999.88.77.X01", DemoExchange.COMMISSION, "Cơ quan lạ", null);
        var unknown = deliver(codec.write(stranger, TestKeys.of("intruder")));
        assertThat(unknown.statusCode()).isEqualTo(StatusCode.REFUSED);
        assertThat(unknown.description()).contains("chưa được đăng ký");

        assertThat(deliver("<not xml".getBytes(StandardCharsets.UTF_8)).description()).contains("XML");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML:edXMLEnvelope xmlns:edXML=\"" + PackageCodec.NS + "\">&x;</edXML:edXMLEnvelope>";
        var hostile = deliver(xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(StatusCode.REFUSED);
        assertThat(hostile.description()).contains("DTD");

        assertThat(inbox.count()).isEqualTo(before);
    }

    @Test
    void theClerkSeesTheQueueAndMustGiveAReasonToRefuse() throws Exception {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Văn bản trong hàng chờ", null);
        deliver(codec.write(doc, keys.signingKey()));
        Long id = inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.SISTER, doc.documentId()).get(0).getId();

        mvc.perform(get("/exchange/inbox").with(user(as("vanthu")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Văn bản trong hàng chờ")));
        mvc.perform(get("/exchange/inbox/" + id + "/accept").with(user(as("vanthu")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiếp nhận và vào sổ")))
                // the registration fields shared with the clerk's own registration form
                .andExpect(content().string(containsString("name=\"summary\"")))
                .andExpect(content().string(containsString("id=\"deadline\"")));
        mvc.perform(post("/exchange/inbox/" + id + "/refuse").with(csrf()).with(user(as("vanthu")))
                .param("reason", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi lý do")));
        mvc.perform(get("/exchange/inbox").with(user(as("chuyenvien")))).andExpect(status().isForbidden());
        mvc.perform(post("/exchange/inbox/" + id + "/refuse").with(csrf()).with(user(as("vanthu")))
                .param("reason", "Không thuộc thẩm quyền")).andExpect(status().is3xxRedirection());
        assertThat(inbox.findById(id).orElseThrow().getState()).isEqualTo(InboxState.REFUSED);
    }

    @Test
    void theApiListsTheQueue() throws Exception {
        var doc = document(DemoExchange.SISTER, DemoExchange.COMMISSION, "Văn bản qua API", null);
        deliver(codec.write(doc, keys.signingKey()));

        mvc.perform(get("/api/v1/exchange/inbox").param("size", "100").with(user(as("vanthu"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(doc.documentId())));
        mvc.perform(post("/api/v1/exchange/inbox/999999/refuse").with(user(as("vanthu")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorRegistersAPeerWithItsCertificate() throws Exception {
        String pem = Peer.pem(TestKeys.of("peer-admin").certificate());
        String organId = "000.77." + (System.nanoTime() % 100) + ".H17";

        mvc.perform(multipart("/admin/exchange/peers")
                        .file(new MockMultipartFile("certificate", "peer.pem", "application/x-pem-file",
                                "not a certificate".getBytes(StandardCharsets.UTF_8)))
                        .param("organId", organId).param("name", "Đơn vị thử").param("endpointUrl", "https://peer.vn/exchange/receive")
                        .param("enabled", "true").with(csrf()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải chứng thư số")));
        mvc.perform(multipart("/admin/exchange/peers")
                        .file(new MockMultipartFile("certificate", "peer.pem", "application/x-pem-file",
                                pem.getBytes(StandardCharsets.US_ASCII)))
                        .param("organId", organId).param("name", "Đơn vị thử").param("endpointUrl", "ftp://peer.vn")
                        .param("enabled", "true").with(csrf()).with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http://")));
        mvc.perform(multipart("/admin/exchange/peers")
                        .file(new MockMultipartFile("certificate", "peer.pem", "application/x-pem-file",
                                pem.getBytes(StandardCharsets.US_ASCII)))
                        .param("organId", organId).param("name", "Đơn vị thử").param("endpointUrl", "https://peer.vn/exchange/receive")
                        .param("enabled", "true").with(csrf()).with(user(as("admin"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/exchange/peers").with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(organId)))
                .andExpect(content().string(containsString("CN=peer-admin")));
        mvc.perform(get("/admin/exchange/peers").with(user(as("vanthu")))).andExpect(status().isForbidden());
    }

    @Test
    void aReleasedDocumentIsSentToItsExternalRecipientAndItsRecallFollows() throws Exception {
        var officer = as("chuyenvien");
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        Long sister = organization.agencyByIdentifierCode(DemoExchange.SISTER).orElseThrow().id();
        var stored = storage.store("du-thao.pdf", new java.io.ByteArrayInputStream(DemoExchange.pdf("release")),
                officer.id());
        var draft = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", "Gửi liên thông khi phát hành",
                Urgency.URGENT, Secrecy.NONE, null, List.of(), List.of(), List.of(sister), null),
                new AttachedFile(stored.id(), stored.name()), List.of());
        Long id = draft.getId();
        circuit.submit(officer, id, List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(leader, id, true, null);
        release.sign(leader, id);
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản")).findFirst().orElseThrow();
        var released = release.release(clerk, id, register.id());

        var deliveries = gateway.deliveries(clerk, id);
        assertThat(deliveries).hasSize(1);
        String key = deliveries.get(0).delivery().getDocumentKey();
        var code = vn.eoffice.documents.Notation.of(released.getNotation());
        assertThat(key).startsWith(DemoExchange.COMMISSION + ",")
                .endsWith("," + code.codeNumber() + "/" + code.codeNotation());
        ExchangeFixtures.await("the release to arrive", java.time.Duration.ofSeconds(20),
                () -> !inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.COMMISSION, key).isEmpty()
                        && gateway.deliveries(clerk, id).get(0).delivery().getLastStatus() != null);
        var arrived = inbox.findBySenderOrganIdAndDocumentKey(DemoExchange.COMMISSION, key).get(0);
        assertThat(arrived.getAgencyId()).isEqualTo(sister);
        assertThat(arrived.getSummary()).isEqualTo("Gửi liên thông khi phát hành");
        assertThat(arrived.getPriority()).isEqualTo(1);
        assertThat(arrived.getNotation()).isEqualTo(released.getNotation());
        mvc.perform(get("/exchange/documents/" + id + "/deliveries").with(user(clerk))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đã đến")));
        assertThat(drafts.recipients(clerk, id)).extracting(r -> r.getDelivery())
                .containsExactly(vn.eoffice.documents.outgoing.Recipient.Delivery.DELIVERED);
        mvc.perform(get("/exchange/documents/" + id + "/deliveries").with(user(as("giangalu"))))
                .andExpect(status().isNotFound());

        release.recall(clerk, id, "Ban hành nhầm");
        ExchangeFixtures.await("the recall to arrive", java.time.Duration.ofSeconds(20),
                () -> inbox.findById(arrived.getId()).orElseThrow().getRecallState() != null);
        assertThat(inbox.findById(arrived.getId()).orElseThrow().getRecallReason()).isEqualTo("Ban hành nhầm");
        assertThat(gateway.deliveries(clerk, id).get(0).statuses()).extracting(DeliveryView.Status::code)
                .contains("01", "13");
    }

    @Test
    void theDeliveriesFragmentHidesDocumentsTheUserMayNotSee() throws Exception {
        mvc.perform(get("/exchange/documents/99999999/deliveries").with(user(as("vanthu"))))
                .andExpect(status().isNotFound());
    }

    private EdxmlStatus deliver(byte[] body) throws Exception {
        byte[] response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(ReceiveEndpoint.PATH).contentType(MediaType.APPLICATION_XML).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var answer = codec.read(response, organId -> Optional.of(keys.certificate()));
        assertThat(answer.isStatus()).isTrue();
        return answer.status();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
