package vn.eoffice.files.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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

        String own = myFiles("chuyenvien");
        assertThat(JsonPath.<List<String>>read(own, "$.content[*].name")).as("newest first").first().isEqualTo(name);
        assertThat(JsonPath.<Integer>read(own, "$.page")).isZero();
        assertThat(JsonPath.<List<String>>read(myFiles("truongphong"), "$.content[*].name")).doesNotContain(name);

        int anonymous = mvc.perform(get("/api/v1/me/files")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isEqualTo(401);
    }

    private String myFiles(String username) throws Exception {
        var response = mvc.perform(get("/api/v1/me/files").param("size", "100")
                .with(httpBasic(username, "demo123"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
