package vn.eoffice.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A received number and symbol is stored exactly as the issuer wrote it, by the form and by the API (issue 19). */
@IntegrationTest
@AutoConfigureMockMvc
class NotationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired RegisterManagement registers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theFormStoresAStateNotationWithItsYearAsIssued() throws Exception {
        String body = uniqueBody();
        String issued = "12/2025/QĐ-" + body;
        String typedDecomposed = "  " + Normalizer.normalize(issued, Normalizer.Form.NFD) + " ";

        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", incomingRegister().toString()).param("typeCode", "QĐ")
                        .param("urgency", "NORMAL").param("secrecy", "NONE").param("issuerName", "UBND tỉnh Điện Biên")
                        .param("notation", typedDecomposed)
                        .param("documentDate", OfficeDate.today().minusDays(1).toString())
                        .param("summary", "Quyết định ban hành quy chế phối hợp tuyên truyền"))
                .andExpect(status().is3xxRedirection());

        assertThat(storedNotations(body)).containsExactly(issued);
        Long id = jdbc.queryForObject("select id from document where notation = ?", Long.class, issued);
        mvc.perform(get("/documents/" + id).with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued)))
                .andExpect(content().string(not(containsString("12-2025/QĐ-" + body))));
    }

    @Test
    void theApiStoresStateAndPartyNotationsAsIssuedAndReadsThemBack() throws Exception {
        String body = uniqueBody();
        for (String issued : new String[] { "45/TB-" + body, "05/" + body + "-VP", "15-HD/" + body,
                "12/2025/NĐ-" + body }) {
            String location = mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json(issued)))
                            .with(httpBasic("vanthu", "demo123")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
            mvc.perform(get(location).with(httpBasic("vanthu", "demo123")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.notation").value(issued));
        }
        // the label "Số:" the clerk copied along is not part of the notation
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json("Số: 46/TB-" + body)))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated());

        assertThat(storedNotations(body)).containsExactlyInAnyOrder("45/TB-" + body, "05/" + body + "-VP",
                "15-HD/" + body, "12/2025/NĐ-" + body, "46/TB-" + body);
    }

    @Test
    void whatCannotBeANotationIsRefusedInVietnameseAndNothingIsRegistered() throws Exception {
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json("12/05/2025")))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("là một ngày tháng, không phải số, ký hiệu")));
        mvc.perform(post("/documents/incoming").with(csrf()).with(user(as("vanthu")))
                        .param("registerId", incomingRegister().toString()).param("typeCode", "CV")
                        .param("urgency", "NORMAL").param("secrecy", "NONE").param("issuerName", "UBND tỉnh")
                        .param("notation", "---").param("documentDate", OfficeDate.today().toString())
                        .param("summary", "Không có số, ký hiệu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là số, ký hiệu của văn bản")));

        assertThat(jdbc.queryForObject("select count(*) from document where notation in ('12/05/2025', '---')",
                Long.class)).isZero();
    }

    @Test
    void theDuplicateWarningFindsTheSameNumberTypedAnotherWay() throws Exception {
        String body = uniqueBody();
        mvc.perform(multipart("/api/v1/documents/incoming").file(metadata(json("12/2025/QĐ-" + body)))
                        .with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from document where notation = ?", Long.class, "12/2025/QĐ-" + body);
        String link = "/documents/" + id + "\"";

        mvc.perform(get("/documents/incoming/duplicates").with(user(as("vanthu")))
                        .param("issuerName", "ubnd tỉnh điện biên").param("notation", "12 / 2025 / QÐ-" + body)
                        .param("documentDate", OfficeDate.today().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/documents/incoming/duplicates").with(user(as("vanthu")))
                        .param("issuerName", "UBND tỉnh Điện Biên").param("notation", "12-2025/QĐ-" + body)
                        .param("documentDate", OfficeDate.today().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
    }

    private java.util.List<String> storedNotations(String body) {
        return jdbc.queryForList("select notation from document where notation like ?", String.class,
                "%" + body + "%");
    }

    private String json(String notation) {
        return """
                {"registerId": %d, "notation": "%s", "documentDate": "%s", "typeCode": "TB",
                 "summary": "Thông báo kết quả kiểm tra công tác tuyên truyền", "issuerName": "UBND tỉnh Điện Biên",
                 "urgency": "NORMAL", "secrecy": "NONE", "pageCount": 2, "copies": 1}
                """.formatted(incomingRegister(), notation, OfficeDate.today().minusDays(1));
    }

    private static MockMultipartFile metadata(String json) {
        return new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                json.getBytes(StandardCharsets.UTF_8));
    }

    private Long incomingRegister() {
        return registers.activeRegisters(as("vanthu").agencyId(), RegisterKind.INCOMING).get(0).id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    /** An issuing body's code no other test uses, so the stored rows can be told apart. */
    private static String uniqueBody() {
        return "UB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
