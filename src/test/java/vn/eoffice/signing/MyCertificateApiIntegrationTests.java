package vn.eoffice.signing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Chứng thư số của tôi" through the API: each person installs, reads and removes only their own certificate. */
@IntegrationTest
@AutoConfigureMockMvc
class MyCertificateApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;

    @Test
    void aPersonInstallsReadsAndRemovesTheirOwnCertificate() throws Exception {
        var signer = accounts.create(Role.LEADER);
        var other = accounts.create(Role.LEADER);
        var p12 = new MockMultipartFile("pkcs12", "chu-ky-so.p12", "application/x-pkcs12",
                TestKeys.PKI.issue("Lò Văn Ký", "Ban Tuyên giáo và Dân vận", TestKeys.PASSWORD));
        var image = new MockMultipartFile("image", "chu-ky.png", "image/png",
                DemoPki.signatureImage(signer.getUsername()));

        mvc.perform(get("/api/v1/me/certificate").with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/me/certificate").file(p12).file(image).param("password", "sai")
                        .with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/me/certificate").file(p12).file(image).param("password", "demo123")
                        .with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subject", containsString("Lò Văn Ký")))
                .andExpect(jsonPath("$.hasImage").value(true));
        mvc.perform(get("/api/v1/me/certificate/image").with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/api/v1/me/certificate").with(httpBasic(other.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/me/certificate").with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me/certificate").with(httpBasic(signer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
