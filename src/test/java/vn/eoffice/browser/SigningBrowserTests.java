package vn.eoffice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.signing.SignatureVerification;
import vn.eoffice.signing.SigningService;
import vn.eoffice.signing.TestCertificates;

/**
 * The signer installs nothing by hand here (the keys are set up through the facade): in the browser the signer
 * types the certificate password and signs, then the clerk releases and sees both signatures reported valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class SigningBrowserTests {

    @LocalServerPort int port;
    @Autowired SigningService signing;
    @Autowired SignatureVerification verification;
    @Autowired UserDetailsService accounts;
    @Autowired FileStorage storage;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;

    @AfterEach
    void removeKeys() {
        TestCertificates.remove(signing, verification, as("truongban"), as("admin"));
    }

    @Test
    void signerSignsWithThePasswordAndClerkReleasesWithTheAgencySignature() throws Exception {
        var signer = as("truongban");
        var officer = as("chuyenvien");
        TestCertificates.install(signing, verification, signer, as("admin"));
        String summary = "Về việc ký số trên trình duyệt " + UUID.randomUUID().toString().substring(0, 8);
        var stored = storage.store("du-thao.pdf", new ByteArrayInputStream(pdf()), officer.id());
        var document = drafts.draft(officer, new OutgoingDraft(Direction.OUTGOING, "CV", summary, Urgency.NORMAL,
                Secrecy.NONE, null, List.of(), List.of(), List.of(), null),
                new AttachedFile(stored.id(), stored.name()), List.of());
        circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, signer.id())));
        circuit.decide(signer, document.getId(), true, null);

        try (var browser = Browser.open(port)) {
            browser.login("truongban", "demo123");
            browser.go("/documents/outgoing/" + document.getId());
            browser.find(By.id("sign-password")).sendKeys("sai-mat-khau");
            browser.clickAndWait(By.cssSelector("form[action$='/sign'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector(".alert-danger")).getText())
                    .contains("Mật khẩu tệp chứng thư số không đúng");
            browser.find(By.id("sign-password")).sendKeys("demo123");
            browser.clickAndWait(By.cssSelector("form[action$='/sign'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
            assertThat(browser.pageText()).contains("Hợp lệ");
            browser.screenshot("signing-signed");
        }
        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            clerk.go("/documents/outgoing/" + document.getId());
            assertThat(clerk.pageText()).contains("chữ ký số của cơ quan");
            new Select(clerk.find(By.id("registerId"))).selectByVisibleText("Sổ văn bản đi");
            clerk.clickAndWait(By.cssSelector("form[action$='/release'] button[type=submit]"));
            assertThat(clerk.find(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
            var text = clerk.pageText();
            assertThat(text).contains("Chữ ký số của cơ quan khi phát hành, số").contains("Hợp lệ");
            clerk.screenshot("signing-released");
        }
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
