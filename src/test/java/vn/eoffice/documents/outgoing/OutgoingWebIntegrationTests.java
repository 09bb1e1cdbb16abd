package vn.eoffice.documents.outgoing;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OutgoingWebIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;

    @Test
    void boxesAreListedAndHtmxGetsOnlyTheRows() throws Exception {
        mvc.perform(get("/documents/outgoing").with(user(as("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dự thảo của tôi")))
                .andExpect(content().string(containsString("Chờ tôi duyệt")))
                .andExpect(content().string(not(containsString("Chờ phát hành"))));
        mvc.perform(get("/documents/outgoing").with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chờ phát hành")));
        mvc.perform(get("/documents/outgoing").param("box", "RELEASED").header("HX-Request", "true")
                        .with(user(as("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<table")));
    }

    @Test
    void draftFormRendersAndShowsVietnameseValidation() throws Exception {
        mvc.perform(get("/documents/outgoing/new").with(user(as("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nơi nhận")))
                .andExpect(content().string(containsString("Cơ quan, tổ chức bên ngoài")));
        mvc.perform(post("/documents/outgoing").with(csrf()).with(user(as("chuyenvien")))
                        .param("typeCode", "CV").param("urgency", "NORMAL").param("secrecy", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần nhập trích yếu.")))
                .andExpect(content().string(containsString("Cần chọn loại văn bản đi hoặc nội bộ.")));
        mvc.perform(post("/documents/outgoing").with(csrf()).with(user(as("chuyenvien")))
                        .param("direction", "OUTGOING").param("typeCode", "CV").param("urgency", "NORMAL")
                        .param("secrecy", "NONE").param("summary", "Về việc thử").param("emails", "khong-hop-le"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ thư điện tử &quot;khong-hop-le&quot; không hợp lệ.")));
    }

    @Test
    void drafterCreatesSubmitsAndTheReviewerIsAskedForAComment() throws Exception {
        var officer = as("chuyenvien");
        var result = mvc.perform(multipart("/documents/outgoing")
                        .file(new MockMultipartFile("body", "du-thao.pdf", "application/pdf", pdfBytes()))
                        .with(csrf()).with(user(officer))
                        .param("direction", "INTERNAL").param("typeCode", "TB").param("urgency", "URGENT")
                        .param("secrecy", "NONE").param("summary", "Thông báo lịch họp giao ban")
                        .param("unitIds", unit("KGVH").toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/outgoing/*"))
                .andReturn();
        String page = result.getResponse().getRedirectedUrl();
        Long id = Long.valueOf(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(get(page).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("du-thao.pdf")))
                .andExpect(content().string(containsString("Trình duyệt")))
                .andExpect(content().string(containsString("Tải lên phiên bản mới")));
        mvc.perform(post(page + "/circuit").with(csrf()).with(user(officer))
                        .param("order", "1", "2", "").param("kind", "CONTENT", "APPROVAL", "FORM")
                        .param("reviewerId", as("truongphong").id().toString(), as("lanhdao").id().toString(), ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "outgoing.submitted"));
        assertThat(drafts.outgoing(officer, id).getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
        mvc.perform(get(page).with(user(as("truongphong"))))
                .andExpect(content().string(containsString("Trả lại để sửa")));
        mvc.perform(post(page + "/review").with(csrf()).with(user(as("truongphong"))).param("decision", "RETURN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "outgoing.review.commentRequired"));
        mvc.perform(post(page + "/review").with(csrf()).with(user(as("chuyenvien2")))
                        .param("decision", "APPROVE"))
                .andExpect(status().isForbidden());
        mvc.perform(get(page + "/versions/1").with(user(as("giangalu")))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/versions/1").with(user(officer))).andExpect(status().isOk());
    }

    @Test
    void clerkSeesTheReleaseFormWithANumberPreview() throws Exception {
        var document = signed(Secrecy.NONE);
        String page = "/documents/outgoing/" + document.getId();
        mvc.perform(get(page).with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp số và phát hành")));
        mvc.perform(get(page + "/preview").param("registerId", register(false).id().toString())
                        .header("HX-Request", "true").with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số dự kiến")));
        mvc.perform(post(page + "/release").with(csrf()).with(user(as("vanthu"))))
                .andExpect(flash().attribute("actionError", "outgoing.release.registerRequired"));
        mvc.perform(post(page + "/release").with(csrf()).with(user(as("chuyenvien")))
                        .param("registerId", register(false).id().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/release").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", register(false).id().toString()))
                .andExpect(flash().attribute("flash", "outgoing.released"));
        mvc.perform(post(page + "/recall").with(csrf()).with(user(as("vanthu"))).param("reason", ""))
                .andExpect(flash().attribute("actionError", "outgoing.recall.reasonRequired"));
        assertThat(drafts.outgoing(as("vanthu"), document.getId()).getStatus()).isEqualTo(DocumentStatus.RELEASED);
        mvc.perform(get(page).with(user(as("dinhthimai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã chuyển")));
        mvc.perform(get("/documents/outgoing").param("box", "RELEASED").with(user(as("dinhthimai"))))
                .andExpect(content().string(containsString(document.getSummary())));
    }
}
