package vn.eoffice.files.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class FilesWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;

    @Test
    void showsTheUploadPage() throws Exception {
        mvc.perform(get("/files").with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp của tôi")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void uploadsAndListsAFileWithItsVietnameseName() throws Exception {
        String name = "Báo cáo tháng 11 " + UUID.randomUUID() + ".pdf";
        mvc.perform(multipart("/files").file(pdf(name)).with(csrf()).with(user(login("chuyenvien"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/files"))
                .andExpect(flash().attribute("flash", "files.uploaded"));
        mvc.perform(get("/files").with(user(login("chuyenvien"))))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void showsTheRefusalInVietnameseInsteadOfAnError() throws Exception {
        var exe = new MockMultipartFile("file", "thu.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 });
        mvc.perform(multipart("/files").file(exe).with(csrf()).with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loại tệp không được phép.")))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void returnsOnlyThePanelForHtmxUploads() throws Exception {
        var mismatch = new MockMultipartFile("file", "thu.exe", "application/octet-stream", TestFiles.pdf("x"));
        mvc.perform(multipart("/files").file(mismatch).header("HX-Request", "true").with(csrf())
                        .with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"files-panel\"")))
                .andExpect(content().string(containsString("Đuôi tệp „.exe“ không khớp")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(multipart("/files").file(pdf("Tờ trình.pdf")).header("HX-Request", "true").with(csrf())
                        .with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tải lên tệp „Tờ trình.pdf“")));
    }

    @Test
    void downloadsWithTheVietnameseNameForTheUploaderOnly() throws Exception {
        byte[] bytes = TestFiles.pdf("Nội dung " + UUID.randomUUID());
        Long id = apiUpload(new MockMultipartFile("file", "Báo cáo.pdf", "application/pdf", bytes));
        MvcResult result = mvc.perform(get("/files/{id}/download", id).with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf")))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        var downloads = audit.find(new AuditQuery("chuyenvien", "FILE_DOWNLOADED", "FILE", id.toString(), null, null,
                null), PageRequest.of(0, 5));
        assertThat(downloads.getContent()).hasSize(1);
        mvc.perform(get("/files/{id}/download", id).with(user(login("chuyenvien2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/{id}", id).with(user(login("lanhdao"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiAnswers201WithTheDetectedTypeAnd400WithAMessage() throws Exception {
        byte[] docx = TestFiles.docx("Kế hoạch " + UUID.randomUUID());
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "Kế hoạch", "text/plain", docx))
                        .with(httpBasic()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/files/")))
                .andExpect(content().string(containsString("\"name\":\"Kế hoạch.docx\"")))
                .andExpect(content().string(containsString(
                        "\"mediaType\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"")))
                .andExpect(content().string(containsString("\"sha256\":\"")));
        mvc.perform(multipart("/api/v1/files")
                        .file(new MockMultipartFile("file", "bom.zip", "application/zip",
                                TestFiles.zip("a.pdf", new byte[] { 1, 2, 3 })))
                        .with(httpBasic()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tệp nén chứa thành phần không được phép: a.pdf")));
        mvc.perform(multipart("/api/v1/files").with(httpBasic()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vui lòng chọn một tệp")));
    }

    @Test
    void apiStreamsContentAndMetadata() throws Exception {
        byte[] png = TestFiles.zip("anh-" + UUID.randomUUID() + ".png", TestFiles.image("png"));
        Long id = apiUpload(new MockMultipartFile("file", "anh.zip", "application/zip", png));
        mvc.perform(get("/api/v1/files/{id}", id).with(httpBasic()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"textStatus\":\"NONE\"")));
        MvcResult result = mvc.perform(get("/api/v1/files/{id}/content", id).with(httpBasic()))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(png);
    }

    @Test
    void answersTheTextStatusCellAndStopsPollingOnceFinal() throws Exception {
        byte[] png = TestFiles.zip("anh-" + UUID.randomUUID() + ".png", TestFiles.image("png"));
        Long id = apiUpload(new MockMultipartFile("file", "anh.zip", "application/zip", png));
        mvc.perform(get("/files/{id}/text-status", id).header("HX-Request", "true").with(user(login("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không áp dụng")))
                .andExpect(content().string(not(containsString("hx-get"))));
        mvc.perform(get("/files/{id}/text-status", id).with(user(login("chuyenvien2"))))
                .andExpect(status().isNotFound());
    }

    private Long apiUpload(MockMultipartFile file) throws Exception {
        String body = mvc.perform(multipart("/api/v1/files").file(file).with(httpBasic()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.valueOf(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasic() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("chuyenvien", "demo123");
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", TestFiles.pdf(name));
    }

    private UserDetails login(String username) {
        return users.loadUserByUsername(username);
    }
}
