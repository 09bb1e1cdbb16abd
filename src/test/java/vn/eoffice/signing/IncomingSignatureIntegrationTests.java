package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

/** Incoming PDFs are checked on registration and on demand; the document page shows what was found. */
@IntegrationTest
@AutoConfigureMockMvc
class IncomingSignatureIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage storage;
    @Autowired SignatureVerification verification;
    @Autowired TrustAnchors anchors;
    @Autowired UserDetailsService accounts;
    @Autowired MockMvc mvc;

    @AfterEach
    void removeAnchors() {
        anchors.deleteAll();
    }

    @Test
    void aSignedIncomingPdfIsCheckedOnRegistrationAndAgainOnDemand() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var admin = (CurrentUser) accounts.loadUserByUsername("admin");
        byte[] signed = PdfSignerTests.organisation(PdfSignerTests.personal(TestPdfs.document(1)));
        byte[] tampered = PdfSignerTests.personal(TestPdfs.document(1));
        tampered[10] ^= 0x01;
        var good = storage.store("cong-van-den.pdf", new ByteArrayInputStream(signed), clerk.id());
        var bad = storage.store("bi-sua.pdf", new ByteArrayInputStream(tampered), clerk.id());
        var document = documents.registerIncoming(clerk, new IncomingDetails(
                registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                "12-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV",
                "Văn bản đến có chữ ký số", null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, Secrecy.NONE, 1,
                1, null, null), List.of(new AttachedFile(good.id(), good.name()), new AttachedFile(bad.id(),
                bad.name())));

        var first = awaitCheck(good.id());
        assertThat(first.status()).as("no trust anchor imported yet").isEqualTo(SignatureStatus.UNTRUSTED);
        assertThat(first.items()).hasSize(2).allMatch(SignatureCheckItem::intact);
        assertThat(awaitCheck(bad.id()).status()).isEqualTo(SignatureStatus.INVALID);
        mvc.perform(get("/documents/" + document.getId()).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa xác định chuỗi tin cậy")))
                .andExpect(content().string(containsString("Không hợp lệ")))
                .andExpect(content().string(containsString("Lò Văn Thắng")))
                .andExpect(content().string(containsString("Kiểm tra chữ ký")));

        verification.importTrustAnchor(admin, TestKeys.PKI.caCertificate().getEncoded());
        mvc.perform(post("/documents/" + document.getId() + "/signatures").with(user(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(verification.latest(good.id()).orElseThrow().status()).isEqualTo(SignatureStatus.VALID);
        assertThat(verification.latest(bad.id()).orElseThrow().status()).isEqualTo(SignatureStatus.INVALID);
        mvc.perform(get("/documents/" + document.getId()).with(user(clerk)))
                .andExpect(content().string(containsString("Hợp lệ")))
                .andExpect(content().string(containsString("Nội dung đã bị thay đổi sau khi ký.")));
    }

    @Test
    void someoneWhoMayNotSeeTheDocumentCannotCheckIt() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var document = documents.registerIncoming(clerk, new IncomingDetails(
                registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                "13-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV", "Văn bản riêng",
                null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, Secrecy.NONE, 1, 1, null, null), List.of());
        mvc.perform(post("/documents/" + document.getId() + "/signatures")
                .with(user(accounts.loadUserByUsername("giangalu"))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** The check runs after the registration commits (an event listener); wait for it to be stored. */
    private SignatureCheckResult awaitCheck(Long fileId) throws InterruptedException {
        Optional<SignatureCheckResult> check = Optional.empty();
        for (int i = 0; i < 300 && check.isEmpty(); i++) {
            check = verification.latest(fileId);
            if (check.isEmpty()) {
                Thread.sleep(200);
            }
        }
        return check.orElseThrow(() -> new AssertionError("no signature check stored for file " + fileId));
    }
}
