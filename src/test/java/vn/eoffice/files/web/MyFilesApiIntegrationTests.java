package vn.eoffice.files.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Tệp của tôi" through the API: each person lists their own uploads and nobody else's. */
@IntegrationTest
@AutoConfigureMockMvc
class MyFilesApiIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void eachPersonListsOnlyTheirOwnUploads() throws Exception {
        String name = "ghi-chu-" + UUID.randomUUID() + ".pdf";
        mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", name, "application/pdf",
                        TestFiles.pdf("Ghi chú cuộc họp giao ban")))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/me/files").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value(name))
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/me/files").param("size", "100").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", not(hasItem(name))));
        mvc.perform(get("/api/v1/me/files")).andExpect(status().isUnauthorized());
    }
}
