package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

/** The pages where a user installs their certificate and an administrator the agency's key and trust anchors. */
@IntegrationTest
@AutoConfigureMockMvc
class SigningPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired SigningService signing;
    @Autowired SigningCredentials credentials;
    @Autowired TrustAnchors anchors;

    @AfterEach
    void clean() {
        credentials.deleteAll();
        anchors.deleteAll();
    }

    CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    MockMultipartFile p12(byte[] content) {
        return new MockMultipartFile("pkcs12", "khoa.p12", "application/x-pkcs12", content);
    }

    MockMultipartFile image(String field) {
        return new MockMultipartFile(field, "anh.png", "image/png", DemoPki.signatureImage("x"));
    }

    @Test
    void aUserInstallsTheirCertificateAndSeesClearRefusals() throws Exception {
        var user = as("truongban");
        var now = Instant.now();
        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("A", "B", TestKeys.PASSWORD)))
                .file(image("image")).param("password", "sai").with(user(user)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.key.wrongPassword"));
        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("A", "B", TestKeys.PASSWORD,
                now.minus(Duration.ofDays(300)), now.minus(Duration.ofDays(2)), KeyUsage.digitalSignature)))
                .file(image("image")).param("password", "demo123").with(user(user)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.key.expired"));
        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("A", "B", TestKeys.PASSWORD,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), KeyUsage.keyEncipherment)))
                .file(image("image")).param("password", "demo123").with(user(user)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.key.noSigningUsage"));
        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("A", "B", TestKeys.PASSWORD)))
                .file(new MockMultipartFile("image", "anh.png", "image/png", TestPdfs.document(1)))
                .param("password", "demo123").with(user(user)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.image.png"));
        assertThat(signing.personalKey(user.id())).isEmpty();

        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("Trưởng Ban", "Ban",
                TestKeys.PASSWORD))).file(image("image")).param("password", "demo123").with(user(user))
                .with(csrf()))
                .andExpect(flash().attribute("flash", "signing.key.saved"));
        assertThat(signing.personalKey(user.id())).get().extracting(CredentialSummary::subject).asString()
                .contains("Trưởng Ban");
        mvc.perform(get("/signing/my-certificate").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trưởng Ban")));
        mvc.perform(get("/signing/my-certificate/image").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void theWrongPasswordMessageIsVietnamese() throws Exception {
        mvc.perform(multipart("/signing/my-certificate").file(p12(TestKeys.PKI.issue("A", "B", TestKeys.PASSWORD)))
                .file(image("image")).param("password", "sai").with(user(as("truongban"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // rendered on the next page from the flash attributes
        mvc.perform(get("/signing/my-certificate").with(user(as("truongban")))
                .flashAttr("actionError", "signing.key.wrongPassword").flashAttr("actionArgs", new Object[0]))
                .andExpect(content().string(containsString("Mật khẩu tệp chứng thư số không đúng.")));
    }

    @Test
    void anAdministratorConfiguresTheAgencyKeyAndTrustAnchors() throws Exception {
        var admin = as("admin");
        mvc.perform(get("/admin/signing").with(user(as("vanthu")))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/signing/agency-key").file(p12(TestKeys.PKI.issue("Ban Tuyên giáo", "Ban",
                TestKeys.PASSWORD))).file(image("seal")).param("password", "demo123").with(user(admin))
                .with(csrf()))
                .andExpect(flash().attribute("flash", "signing.agency.saved"));
        mvc.perform(multipart("/admin/signing/trust-anchors").file(new MockMultipartFile("certificate", "root.cer",
                "application/pkix-cert", TestKeys.PKI.caCertificate().getEncoded())).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "signing.anchor.saved"));
        mvc.perform(multipart("/admin/signing/trust-anchors").file(new MockMultipartFile("certificate", "root.cer",
                "application/pkix-cert", TestKeys.PKI.caCertificate().getEncoded())).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.anchor.duplicate"));
        mvc.perform(multipart("/admin/signing/trust-anchors").file(new MockMultipartFile("certificate", "x.cer",
                "text/plain", "rác".getBytes())).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("actionError", "signing.anchor.unreadable"));

        mvc.perform(get("/admin/signing").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CN=Ban Tuyên giáo")))
                .andExpect(content().string(containsString("CN=Test CA")));
        assertThat(signing.agencyKey(admin.agencyId())).isPresent();
    }
}
