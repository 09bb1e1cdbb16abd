package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.DocumentFile;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

/**
 * The outgoing flow with real signatures: the signer (truongban) signs with the password of their certificate, the
 * clerk releases and the agency's signature goes on the main file (with the number) and on the PDF attachment.
 * The keys are installed here and removed afterwards, so other tests keep confirming paper signatures.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SigningFlowIntegrationTests {

    @Autowired SigningService signing;
    @Autowired SignatureVerification verification;
    @Autowired SigningCredentials credentials;
    @Autowired TrustAnchors anchors;
    @Autowired UserDetailsService accounts;
    @Autowired FileStorage storage;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired RegisterManagement registers;
    @Autowired MockMvc mvc;

    CurrentUser signer;
    CurrentUser clerk;
    CurrentUser officer;

    @BeforeEach
    void installKeys() {
        signer = as("truongban");
        clerk = as("vanthu");
        officer = as("chuyenvien");
        var admin = as("admin");
        signing.uploadPersonalKey(signer, TestKeys.PKI.issue(signer.fullName(), "Ban Tuyên giáo và Dân vận",
                TestKeys.PASSWORD), TestKeys.PASSWORD, DemoPki.signatureImage("truongban"), "chu-ky.png");
        signing.configureAgencyKey(admin, clerk.agencyId(), TestKeys.PKI.issue("Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy", TestKeys.PASSWORD), TestKeys.PASSWORD,
                DemoPki.sealImage("Ban"), "con-dau.png");
        try {
            verification.importTrustAnchor(admin, TestKeys.PKI.caCertificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void removeKeys() {
        credentials.deleteAll();
        anchors.deleteAll();
    }

    @Test
    void signerSignsWithPasswordThenClerkReleasesWithTheAgencySignature() throws Exception {
        var main = pdf("du-thao.pdf", TestPdfs.document(2, signer.fullName()));
        var appendix = pdf("phu-luc.pdf", TestPdfs.document(1));
        var document = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", "Về việc ký số "
                + UUID.randomUUID(), Urgency.NORMAL, Secrecy.NONE, null, List.of(), List.of(), List.of(), null),
                main, List.of(appendix));
        Long id = document.getId();
        circuit.submit(officer, id, List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, signer.id())));
        circuit.decide(signer, id, true, null);

        assertThatThrownBy(() -> release.sign(signer, id)).hasMessage("signing.sign.passwordRequired");
        assertThatThrownBy(() -> release.sign(signer, id, "sai-mat-khau".toCharArray()))
                .hasMessage("signing.key.wrongPassword");
        assertThat(drafts.outgoing(signer, id).getStatus()).isEqualTo(DocumentStatus.APPROVED);

        release.sign(signer, id, TestKeys.PASSWORD);
        var versions = drafts.versions(signer, id);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).getNote()).isEqualTo("Đã ký số: " + signer.fullName());
        var personal = verification.latest(versions.get(1).getFileId()).orElseThrow();
        assertThat(personal.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(personal.items()).singleElement().extracting(SignatureCheckItem::signer)
                .isEqualTo(signer.fullName());

        var released = release.release(clerk, id, outgoingRegister());
        var versionsAfter = drafts.versions(clerk, id);
        assertThat(versionsAfter).hasSize(3);
        var mainFile = released.getFiles().stream().filter(f -> f.kind() == DocumentFile.Kind.MAIN).findFirst()
                .orElseThrow();
        assertThat(mainFile.fileId()).isEqualTo(versionsAfter.get(2).getFileId());
        assertThat(drafts.record(clerk, id).getArchiveFileId()).isEqualTo(mainFile.fileId());
        byte[] sealed = bytes(mainFile.fileId());
        assertThat(sealed).startsWith(bytes(versions.get(1).getFileId()));
        var both = verification.latest(mainFile.fileId()).orElseThrow();
        assertThat(both.status()).isEqualTo(SignatureStatus.VALID);
        assertThat(both.items()).extracting(SignatureCheckItem::signer)
                .containsExactly(signer.fullName(), "Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(appearanceText(sealed)).contains("Số: " + released.getNotation()).contains("+07:00");

        var attachment = released.getFiles().stream().filter(f -> f.kind() == DocumentFile.Kind.ATTACHMENT)
                .findFirst().orElseThrow();
        assertThat(attachment.fileId()).isNotEqualTo(appendix.fileId());
        assertThat(attachment.name()).isEqualTo("phu-luc.pdf");
        byte[] signedAppendix = bytes(attachment.fileId());
        var widget = SignatureAppearanceTests.widgets(signedAppendix).get(0);
        assertThat(widget.page()).isZero();
        assertThat(widget.rectangle().getUpperRightY()).isGreaterThan(800f);
        assertThat(appearanceText(signedAppendix)).contains(released.getNotation());

        if (TestPdfs.pdfsigAvailable()) {
            assertThat(TestPdfs.validations(TestPdfs.pdfsig(sealed)))
                    .containsExactly("Signature is Valid.", "Signature is Valid.");
            assertThat(TestPdfs.validations(TestPdfs.pdfsig(signedAppendix))).containsExactly("Signature is Valid.");
        }

        mvc.perform(get("/documents/outgoing/" + id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hợp lệ")));
    }

    @Test
    void theSignFormAsksForThePasswordAndShowsAWrongOneClearly() throws Exception {
        var document = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", "Về việc mật khẩu "
                + UUID.randomUUID(), Urgency.NORMAL, Secrecy.NONE, null, List.of(), List.of(), List.of(), null),
                pdf("du-thao.pdf", TestPdfs.document(1, signer.fullName())), List.of());
        Long id = document.getId();
        circuit.submit(officer, id, List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, signer.id())));
        circuit.decide(signer, id, true, null);

        mvc.perform(get("/documents/outgoing/" + id).with(user(signer)))
                .andExpect(content().string(containsString("name=\"password\"")));
        mvc.perform(post("/documents/outgoing/" + id + "/sign").param("password", "sai").with(user(signer))
                .with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.key.wrongPassword"));
        mvc.perform(post("/documents/outgoing/" + id + "/sign").param("password", "demo123").with(user(signer))
                .with(csrf()))
                .andExpect(flash().attribute("flash", "outgoing.signed"));
        assertThat(drafts.outgoing(signer, id).getStatus()).isEqualTo(DocumentStatus.SIGNED);
    }

    @Test
    void aSignatureWithoutImageIsHeadedByTheSigningAuthorityAndTheSignersTitle() throws Exception {
        var file = pdf("du-thao.pdf", TestPdfs.document(1, officer.fullName()));

        Long signed = signing.signWith(TestKeys.PERSON, officer, file.fileId(), "Ký ban hành",
                List.of("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"));

        String text = appearanceText(bytes(signed));
        assertThat(text).contains("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", officer.fullName(), "+07:00");
        assertThat(text.indexOf("K/T TRƯỞNG BAN")).isLessThan(text.indexOf("PHÓ TRƯỞNG BAN"));
        assertThat(text.indexOf("PHÓ TRƯỞNG BAN")).isLessThan(text.indexOf(officer.fullName()));
    }

    private static String appearanceText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf); var single = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var fields = document.getSignatureFields();
            var appearance = fields.get(fields.size() - 1).getWidgets().get(0).getNormalAppearanceStream();
            var page = new org.apache.pdfbox.pdmodel.PDPage(appearance.getBBox());
            page.setResources(appearance.getResources());
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, appearance.getCOSObject());
            single.addPage(page);
            return new org.apache.pdfbox.text.PDFTextStripper().getText(single);
        }
    }

    private Long outgoingRegister() {
        return registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản")).findFirst().orElseThrow()
                .id();
    }

    private AttachedFile pdf(String name, byte[] content) {
        var stored = storage.store(name, new ByteArrayInputStream(content), officer.id());
        return new AttachedFile(stored.id(), stored.name());
    }

    private byte[] bytes(Long fileId) throws IOException {
        try (InputStream in = storage.open(fileId)) {
            return in.readAllBytes();
        }
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
