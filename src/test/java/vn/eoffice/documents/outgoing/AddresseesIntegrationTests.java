package vn.eoffice.documents.outgoing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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

/**
 * Who a new document may be addressed to: the agencies hosted here and the address book, in force today; merged and
 * dissolved agencies are offered nowhere and refused when asked for, though their names stay on old documents.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AddresseesIntegrationTests extends OutgoingFixtures {

    @Autowired MockMvc mvc;

    @Test
    void theFormOffersHostedCommunesAndTheAddressBookInForceButNotTheDissolvedOrTheSender() throws Exception {
        mvc.perform(get("/documents/outgoing/new").with(user(as("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cơ quan dùng chung hệ thống (nhận qua liên thông)")))
                .andExpect(content().string(matchesPattern(option("000.21.17.H17", "Đảng ủy xã Tuần Giáo"))))
                .andExpect(content().string(matchesPattern(option("000.23.17.H17", "Đảng ủy phường Điện Biên Phủ"))))
                .andExpect(content().string(matchesPattern(option("000.00.00.H18", "Ủy ban nhân dân tỉnh Điện Biên"))))
                .andExpect(content().string(not(containsString(">Huyện ủy Tuần Giáo</option>"))))
                .andExpect(content().string(not(containsString(">Huyện ủy Mường Ảng</option>"))))
                .andExpect(content().string(not(containsString(">Ban Tuyên giáo Tỉnh ủy Điện Biên</option>"))))
                .andExpect(content().string(not(containsString(
                        ">Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên</option>"))));
    }

    @Test
    void aDissolvedAgencyIsRefusedAsRecipientOnTheServiceTheFormAndTheApi() throws Exception {
        Long district = agencyId("000.20.17.H17");
        var officer = as("chuyenvien");
        assertThatThrownBy(() -> drafts.draft(officer, draft(Secrecy.NONE, List.of(), List.of(district)), null,
                List.of()))
                .isInstanceOf(DomainException.class).hasMessage("outgoing.recipient.notInForce");
        mvc.perform(post("/documents/outgoing").with(csrf()).with(user(officer))
                        .param("direction", "OUTGOING").param("typeCode", "CV").param("urgency", "NORMAL")
                        .param("secrecy", "NONE").param("summary", "Gửi huyện ủy đã giải thể")
                        .param("agencyIds", district.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Cơ quan &quot;Huyện ủy Tuần Giáo&quot; đã giải thể, sáp nhập hoặc chưa hoạt động")));
        mvc.perform(multipart("/api/v1/documents/outgoing")
                        .file(new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                                ("{\"direction\":\"OUTGOING\",\"typeCode\":\"CV\",\"summary\":\"Qua API\","
                                        + "\"urgency\":\"NORMAL\",\"secrecy\":\"NONE\",\"agencyIds\":[" + district
                                        + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Huyện ủy Tuần Giáo")));
    }

    @Test
    void theIssuerTypeAheadOffersAgenciesInForceOnly() throws Exception {
        mvc.perform(get("/documents/incoming/issuers").param("issuerName", "tuan giao").with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng ủy xã Tuần Giáo")))
                .andExpect(content().string(not(containsString("Huyện ủy"))));
        mvc.perform(get("/documents/incoming/issuers").param("issuerName", "ban tuyen giao").with(user(as("vanthu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ban Tuyên giáo và Dân vận Trung ương")))
                .andExpect(content().string(not(containsString("\"Ban Tuyên giáo Tỉnh ủy Điện Biên\""))))
                .andExpect(content().string(not(containsString("Ban Tuyên giáo Trung ương (trước hợp nhất)"))));
    }

    /** An option of the recipients' picker, whatever the attributes it carries beside its value. */
    private String option(String identifierCode, String name) {
        return "(?s).*<option value=\"" + agencyId(identifierCode) + "\"[^>]*>" + java.util.regex.Pattern.quote(name)
                + "</option>.*";
    }

    private Long agencyId(String identifierCode) {
        return organization.agencyByIdentifierCode(identifierCode).orElseThrow().id();
    }
}
