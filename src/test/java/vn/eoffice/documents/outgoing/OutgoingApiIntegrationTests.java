package vn.eoffice.documents.outgoing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.DocumentStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OutgoingApiIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;
    @Autowired DocumentQueries queries;

    @Test
    void aDraftCannotBeAnIncomingDocument() throws Exception {
        var drafter = as("chuyenvien");
        long before = queries.outgoing(drafter, OutgoingBox.MY_DRAFTS, PageRequest.of(0, 1)).getTotalElements();
        String metadata = """
                {"direction":"INCOMING","typeCode":"CV","summary":"Dự thảo sai loại","urgency":"NORMAL",
                 "secrecy":"NONE"}""";
        mvc.perform(multipart("/api/v1/documents/outgoing")
                        .file(new MockMultipartFile("metadata", "", "application/json", metadata.getBytes()))
                        .file(new MockMultipartFile("body", "v1.pdf", "application/pdf", pdfBytes()))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Cần chọn loại văn bản đi hoặc nội bộ."));
        assertThat(queries.outgoing(drafter, OutgoingBox.MY_DRAFTS, PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void draftGoesFromCreationToReleaseThroughTheApi() throws Exception {
        String metadata = """
                {"direction":"OUTGOING","typeCode":"CV","summary":"Về việc báo cáo qua API","urgency":"NORMAL",
                 "secrecy":"NONE","emails":"sotttt@example.vn"}""";
        var created = mvc.perform(multipart("/api/v1/documents/outgoing")
                        .file(new MockMultipartFile("metadata", "", "application/json", metadata.getBytes()))
                        .file(new MockMultipartFile("body", "v1.pdf", "application/pdf", pdfBytes()))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/documents/\\d+")))
                .andExpect(jsonPath("$.versionNo").value(1))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        var drafter = as("chuyenvien");
        assertThat(drafts.outgoing(drafter, id).getStatus()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(drafts.recipients(drafter, id)).extracting(Recipient::getEmail).containsExactly("sotttt@example.vn");
        mvc.perform(multipart(location + "/versions")
                        .file(new MockMultipartFile("file", "v2.pdf", "application/pdf", pdfBytes()))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNo").value(2));
        assertThat(drafts.versions(drafter, id)).extracting(DocumentVersion::getVersionNo).containsExactly(1, 2);
        mvc.perform(post(location + "/circuit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steps\":[]}").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.steps").value("Cần có ít nhất một bước duyệt."));
        mvc.perform(post(location + "/circuit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"steps\":[{\"order\":1,\"kind\":\"APPROVAL\",\"reviewerId\":"
                                + as("lanhdao").id() + "}]}")
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(post(location + "/review").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\":true}").with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isForbidden());
        assertThat(drafts.outgoing(drafter, id).getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
        mvc.perform(post(location + "/review").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\":true}").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(post(location + "/release").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registerId\":" + register(false).id() + "}")
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chỉ phát hành được văn bản đã ký."));
        assertThat(drafts.outgoing(drafter, id).getStatus()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(drafts.outgoing(drafter, id).getNotation()).isNull();
        mvc.perform(post(location + "/sign").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNoContent());
        mvc.perform(post(location + "/release").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.registerId").value("Cần chọn sổ văn bản."));
        var released = mvc.perform(post(location + "/release").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registerId\":" + register(false).id() + "}")
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notation").value(matchesPattern("\\d+-CV/BTGDVTU")))
                .andExpect(jsonPath("$.number").isNumber())
                .andExpect(jsonPath("$.issuedDate").isString())
                .andReturn().getResponse().getContentAsString();
        var document = drafts.outgoing(drafter, id);
        assertThat(document.getStatus()).isEqualTo(DocumentStatus.RELEASED);
        assertThat(released).contains("\"notation\":\"" + document.getNotation() + "\"");
        assertThat(drafts.recipients(drafter, id)).extracting(Recipient::getDelivery)
                .containsExactly(Recipient.Delivery.TO_SEND_MANUALLY);
        mvc.perform(post(location + "/recall").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").value("Cần nhập lý do thu hồi."));
        assertThat(drafts.outgoing(drafter, id).getStatus()).isEqualTo(DocumentStatus.RELEASED);
        mvc.perform(post(location + "/recall").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Ban hành nhầm\"}").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNoContent());
        assertThat(drafts.outgoing(drafter, id).getStatus()).isEqualTo(DocumentStatus.RECALLED);
        assertThat(drafts.recipients(drafter, id)).extracting(Recipient::getDelivery)
                .containsExactly(Recipient.Delivery.WITHDRAWN);
    }
}
