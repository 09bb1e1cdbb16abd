package vn.eoffice.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class DocumentApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegisterManagement registers;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void clerkRegistersThroughTheApiAndGetsTheArrivalNumber() throws Exception {
        var result = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("15-HD/" + UUID.randomUUID().toString().substring(0, 5), "NONE")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/documents/")))
                .andExpect(jsonPath("$.arrivalNumber").value(greaterThan(0)))
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.summary").value("Về việc tổ chức hội nghị báo cáo viên quý IV"));
        mvc.perform(get("/api/v1/documents").param("box", "REGISTERED").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(greaterThan(0)));
    }

    @Test
    void attachedPdfIsStoredAndReadableByThoseWhoMaySeeTheDocument() throws Exception {
        var created = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("31-KH/" + UUID.randomUUID().toString().substring(0, 5), "NONE")))
                        .file(new MockMultipartFile("files", "Kế hoạch tuyên truyền.pdf", "application/pdf", pdf()))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].name").value("Kế hoạch tuyên truyền.pdf"))
                .andExpect(jsonPath("$.files[0].kind").value("MAIN"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/documents/" + id + "/files/0").with(user(accounts.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/documents/" + id + "/files/0").with(user(accounts.loadUserByUsername("giangalu"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProgramDisguisedAsPdfIsRefusedAndNothingIsRegistered() throws Exception {
        String notation = "32-KH/" + UUID.randomUUID().toString().substring(0, 5);
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json(notation, "NONE")))
                        .file(new MockMultipartFile("files", "baocao.pdf", "application/pdf",
                                new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Loại tệp")));
        mvc.perform(get("/api/v1/documents").param("box", "ALL").param("size", "100")
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(jsonPath("$.content[*].notation").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(notation))));
    }

    @Test
    void aRefusedRegistrationKeepsNoneOfItsFiles() throws Exception {
        var clerk = (vn.eoffice.identity.CurrentUser) accounts.loadUserByUsername("vanthu");
        Long outgoing = registers.activeRegisters(clerk.agencyId(), RegisterKind.OUTGOING).get(0).id();
        String fileName = "Báo cáo " + UUID.randomUUID() + ".pdf";
        mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("33-BC/" + UUID.randomUUID().toString().substring(0, 5), "NONE")
                                .replace("\"registerId\": " + register(), "\"registerId\": " + outgoing)))
                        .file(new MockMultipartFile("files", fileName, "application/pdf", pdf()))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from stored_file where original_name = ?", Long.class, fileName)).isZero();
    }

    private static byte[] pdf() throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Ke hoach tuyen truyen thang 12");
                content.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void invalidMetadataGivesFieldMessagesInVietnamese() throws Exception {
        mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata("{\"registerId\":" + register() + ",\"urgency\":\"NORMAL\",\"secrecy\":\"NONE\"}"))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.summary").value("Cần nhập trích yếu."))
                .andExpect(jsonPath("$.fields.notation").value("Cần nhập số, ký hiệu của văn bản."));
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata("{không phải json"))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void officersCannotRegisterAndSecretDocumentsAreInvisibleToThem() throws Exception {
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json("1-CV/X", "NONE")))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        var created = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("7-BC/" + UUID.randomUUID().toString().substring(0, 5), "MAT")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("chuyenvien", "demo123"))).andExpect(status().isNotFound());
    }

    @Test
    void submitsToALeader() throws Exception {
        var created = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("9-TB/" + UUID.randomUUID().toString().substring(0, 5), "NONE")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn();
        String location = created.getResponse().getHeader("Location");
        Long leader = ((vn.eoffice.identity.CurrentUser) accounts.loadUserByUsername("lanhdao")).id();
        mvc.perform(post(location + "/submit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leaderId\":" + leader + "}").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post(location + "/submit").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.leaderId").value("Cần chọn lãnh đạo nhận văn bản."));
    }

    @Test
    void leaderDirectsThroughTheApi() throws Exception {
        var created = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("12-CV/" + UUID.randomUUID().toString().substring(0, 5), "NONE")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn();
        String location = created.getResponse().getHeader("Location");
        var clerk = (vn.eoffice.identity.CurrentUser) accounts.loadUserByUsername("truongphong");
        mvc.perform(post(location + "/directive").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadUnitId\": " + clerk.unitId() + ", \"deadline\": \"" + OfficeDate.today().plusDays(5)
                                + "\", \"opinion\": \"Phòng Tuyên truyền chủ trì\"}")
                        .with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/tasks/")))
                .andExpect(jsonPath("$.taskId").isNumber());
        mvc.perform(get(location).with(httpBasic("truongphong", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIRECTED"));
        mvc.perform(post(location + "/directive").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opinion\": \"\"}").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.opinion").value("Cần nhập ý kiến chỉ đạo."));
        mvc.perform(post(location + "/directive").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadUnitId\": " + clerk.unitId() + ", \"deadline\": \"" + OfficeDate.today().plusDays(5)
                                + "\", \"opinion\": \"Tự giao\"}")
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneWhoDoesNotDirectIsRefusedAsTheLeaderToSubmitToAndIsNeverOffered() throws Exception {
        String location = mvc.perform(multipart("/api/v1/documents/incoming")
                        .file(metadata(json("16-CV/" + UUID.randomUUID().toString().substring(0, 5), "NONE")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        var clerk = accounts.loadUserByUsername("vanthu");
        Long unitHead = ((vn.eoffice.identity.CurrentUser) accounts.loadUserByUsername("truongphong")).id();

        // the picker of "Trình lãnh đạo" offers the agency's leaders, not a unit head
        mvc.perform(get("/directory/candidates").param("eligibility", "LEADER").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lò Văn Thắng")))
                .andExpect(content().string(not(containsString("Trần Quang Minh"))))
                .andExpect(content().string(not(containsString("Lường Thị Thu"))));
        mvc.perform(get("/documents/" + id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lò Văn Thắng")))
                .andExpect(content().string(not(containsString("Trần Quang Minh"))));

        // a hand-made request naming him anyway is refused with the reason, and the document has not moved
        mvc.perform(post(location + "/submit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leaderId\": " + unitHead + "}").with(httpBasic("vanthu", "demo123")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(containsString("Người nhận phải là lãnh đạo")));
        mvc.perform(post("/documents/" + id + "/submit").param("leaderId", unitHead.toString())
                        .with(user(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "document.submit.notALeader"));
        mvc.perform(post("/documents/" + id + "/submit").param("leaderId", "").with(user(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "document.submit.leaderRequired"));
        mvc.perform(get(location).with(httpBasic("vanthu", "demo123")))
                .andExpect(jsonPath("$.status").value("REGISTERED"));
    }

    private String json(String notation, String secrecy) {
        return """
                {"registerId": %d, "notation": "%s", "documentDate": "%s", "typeCode": "CV",
                 "summary": "Về việc tổ chức hội nghị báo cáo viên quý IV", "issuerName": "Tỉnh ủy Điện Biên",
                 "urgency": "NORMAL", "secrecy": "%s", "pageCount": 2, "copies": 1}
                """.formatted(register(), notation, OfficeDate.today().minusDays(1), secrecy);
    }

    private Long register() {
        var clerk = (vn.eoffice.identity.CurrentUser) accounts.loadUserByUsername("vanthu");
        return registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private static MockMultipartFile metadata(String json) {
        return new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                json.getBytes(StandardCharsets.UTF_8));
    }
}
