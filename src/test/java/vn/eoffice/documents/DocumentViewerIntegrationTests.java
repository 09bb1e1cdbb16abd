package vn.eoffice.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The leader reads the document's pages on the page where he writes the directive, under the download's rule. */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentViewerIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired FileStorage storage;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    private Long lastFileId;

    @Test
    void leaderSeesEveryPageOfTheMainPdfBesideTheDirectiveFormWithTheDocumentsDeadline() throws Exception {
        var deadline = OfficeDate.today().plusDays(10);
        var document = registered(Secrecy.NONE, deadline, "cong-van.pdf", TestFiles.pdfOfPages(3));
        String pages = "/documents/" + document.getId() + "/files/0/pages/";
        mvc.perform(get("/documents/" + document.getId()).with(user(as("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung văn bản")))
                .andExpect(content().string(containsString("3 trang — cong-van.pdf")))
                .andExpect(content().string(containsString("src=\"" + pages + "1\"")))
                .andExpect(content().string(matchesPattern("(?s).*<img src=\"" + pages + "3\"[^>]* loading=\"lazy\".*")))
                .andExpect(content().string(not(containsString(pages + "4"))))
                .andExpect(content().string(containsString("href=\"/documents/" + document.getId() + "/files/0\"")))
                .andExpect(content().string(containsString("Ý kiến chỉ đạo (bút phê)")))
                .andExpect(content().string(containsString("value=\"" + deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"")));
    }

    @Test
    void aPageIsAPrivatelyCachedPngAtReadableWidthAndAPageBeyondTheLastIsNotFound() throws Exception {
        var document = registered(Secrecy.NONE, null, "cong-van.pdf", TestFiles.pdfOfPages(2));
        var fileId = lastFileId;
        String pages = "/documents/" + document.getId() + "/files/0/pages/";
        byte[] png = mvc.perform(get(pages + "2").with(user(as("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1000);
        mvc.perform(get(pages + "3").with(user(as("lanhdao")))).andExpect(status().isNotFound());
        mvc.perform(get(pages + "0").with(user(as("lanhdao")))).andExpect(status().isNotFound());
        mvc.perform(get(pages + "1").with(user(as("lanhdao")))).andExpect(status().isOk());
        assertThat(audit.find(new AuditQuery("lanhdao", "FILE_VIEWED", "FILE", fileId.toString(), null, null, null),
                PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    @Test
    void aSecretDocumentsPagesAreNotFoundForSomeoneWithoutClearance() throws Exception {
        var document = registered(Secrecy.MAT, null, "mat.pdf", TestFiles.pdfOfPages(1));
        String page = "/documents/" + document.getId() + "/files/0/pages/1";
        mvc.perform(get(page).with(user(as("chuyenvien")))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(as("admin")))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(as("lanhdao")))).andExpect(status().isOk());
    }

    @Test
    void aWordFileIsOfferedForDownloadWithAClearMessage() throws Exception {
        var document = registered(Secrecy.NONE, null, "du-thao.docx", TestFiles.docx("Nội dung"));
        mvc.perform(get("/documents/" + document.getId()).with(user(as("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không xem trực tiếp được")))
                .andExpect(content().string(containsString("href=\"/documents/" + document.getId() + "/files/0\"")))
                .andExpect(content().string(not(containsString("/pages/1"))));
        mvc.perform(get("/documents/" + document.getId() + "/files/0/pages/1").with(user(as("lanhdao"))))
                .andExpect(status().isNotFound());
    }

    private Document registered(Secrecy secrecy, LocalDate deadline, String name, byte[] content) {
        var clerk = as("vanthu");
        var stored = storage.store(name, new ByteArrayInputStream(content), clerk.id());
        lastFileId = stored.id();
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        return transactions.execute(s -> documents.registerIncoming(clerk, new IncomingDetails(register,
                "45-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "CV",
                "Về việc tổng kết công tác tuyên truyền năm 2026", null, "Tỉnh ủy Điện Biên", null, null, null,
                vn.eoffice.documents.Urgency.NORMAL, secrecy, 1, 1, deadline, null),
                List.of(new AttachedFile(stored.id(), stored.name()))));
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
