package vn.eoffice.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API's file download, signature check and duplicate warning answer as the document page does. */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentFilesApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegisterManagement registers;
    @Autowired UserDetailsService accounts;

    @Test
    void whoMaySeeTheDocumentDownloadsItsFileAndChecksItsSignatures() throws Exception {
        byte[] pdf = pdf();
        String location = register("31-KH/" + UUID.randomUUID().toString().substring(0, 5), pdf);

        var download = mvc.perform(get(location + "/files/0").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(post(location + "/signatures").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("UNSIGNED"))
                .andExpect(jsonPath("$[0].signatures").isEmpty());
        mvc.perform(get(location + "/signatures").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("UNSIGNED"));
        mvc.perform(get(location + "/files/9").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whoMayNotSeeTheDocumentGetsNotFound() throws Exception {
        String location = register("32-KH/" + UUID.randomUUID().toString().substring(0, 5), pdf());

        for (String login : new String[] { "giangalu", "vanthuxa" }) {
            mvc.perform(get(location + "/files/0").with(httpBasic(login, "demo123")))
                    .andExpect(status().isNotFound());
            mvc.perform(post(location + "/signatures").with(httpBasic(login, "demo123")))
                    .andExpect(status().isNotFound());
            mvc.perform(get(location + "/signatures").with(httpBasic(login, "demo123")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theSameNumberTypedAnotherWayIsAProbableDuplicateForTheClerkOnly() throws Exception {
        String number = "15-HD/" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String location = register(number, pdf());
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/api/v1/documents/incoming/duplicates").param("issuerName", "Tỉnh ủy Điện Biên")
                        .param("notation", " " + number.toLowerCase() + " ")
                        .param("documentDate", OfficeDate.today().minusDays(1).toString())
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(Long.valueOf(id)))
                .andExpect(jsonPath("$[0].notation").value(number));
        mvc.perform(get("/api/v1/documents/incoming/duplicates").param("issuerName", "Tỉnh ủy Điện Biên")
                        .param("notation", number).param("documentDate", OfficeDate.today().minusDays(1).toString())
                        .with(httpBasic("vanthuxa", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/documents/incoming/duplicates").param("issuerName", "Tỉnh ủy Điện Biên")
                        .param("notation", number).with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }

    private String register(String notation, byte[] pdf) throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        String metadata = """
                {"registerId": %d, "notation": "%s", "documentDate": "%s", "typeCode": "CV",
                 "summary": "Về việc tổ chức hội nghị báo cáo viên", "issuerName": "Tỉnh ủy Điện Biên",
                 "urgency": "NORMAL", "secrecy": "NONE", "pageCount": 1, "copies": 1}
                """.formatted(registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                notation, OfficeDate.today().minusDays(1));
        return mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                                metadata.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "Kế hoạch.pdf", "application/pdf", pdf))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    private static byte[] pdf() throws java.io.IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
