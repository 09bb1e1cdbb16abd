package vn.eoffice.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The picker's candidates: who may take the role, found with or without diacritics, never beyond the agency. */
@IntegrationTest
@AutoConfigureMockMvc
class CandidatesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;

    @Test
    void processorsLeaveOutTheAdministratorTheClerkAndTheLeaderWhoChooses() throws Exception {
        mvc.perform(get("/directory/candidates").param("eligibility", "PROCESSOR")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quàng Văn Hùng")))
                .andExpect(content().string(containsString("Trần Quang Minh")))
                .andExpect(content().string(not(containsString("Quản trị hệ thống"))))
                .andExpect(content().string(not(containsString("Lường Thị Thu"))))
                .andExpect(content().string(not(containsString("Lò Văn Thắng"))));
    }

    @Test
    void peopleToInformIncludeTheClerkButNeitherTheAdministratorNorTheChooser() throws Exception {
        mvc.perform(get("/directory/candidates").param("eligibility", "INFORMED")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lường Thị Thu")))
                .andExpect(content().string(not(containsString("Quản trị hệ thống"))))
                .andExpect(content().string(not(containsString("Lò Văn Thắng"))));
    }

    @Test
    void peopleAreGroupedByUnitAndFoundWithoutDiacritics() throws Exception {
        mvc.perform(get("/directory/candidates").param("q", "quang van hung")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].label").value("Phòng Tuyên truyền, Báo chí – Xuất bản"))
                .andExpect(jsonPath("$[0].choices.length()").value(1))
                .andExpect(jsonPath("$[0].choices[0].name").value("Quàng Văn Hùng"))
                .andExpect(jsonPath("$[0].choices[0].detail").value("Chuyên viên"));
        mvc.perform(get("/directory/candidates").param("q", "Quàng Văn Hùng")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(jsonPath("$[0].choices[0].name").value("Quàng Văn Hùng"));
    }

    @Test
    void noOneFromAnotherAgencyIsOffered() throws Exception {
        // "Quàng Văn Sơn" is the commune's secretary: same family name, another agency
        mvc.perform(get("/directory/candidates").param("q", "quang van")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quàng Văn Hùng")))
                .andExpect(content().string(not(containsString("Quàng Văn Sơn"))));
        mvc.perform(get("/directory/candidates").param("kind", "UNITS")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Khoa giáo, Văn hóa – Văn nghệ")))
                .andExpect(content().string(not(containsString("Ban Xây dựng Đảng"))));
    }

    @Test
    void forASecretRecordOnlyPeopleClearedForItAreOfferedAndNoAccountDetailsLeak() throws Exception {
        mvc.perform(get("/directory/candidates").param("eligibility", "PROCESSOR").param("secrecy", "TOI_MAT")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Thị Hương")))
                .andExpect(content().string(not(containsString("Quàng Văn Hùng"))))
                .andExpect(content().string(not(containsString("username"))))
                .andExpect(content().string(not(containsString("email"))))
                .andExpect(content().string(not(containsString("clearance"))))
                .andExpect(content().string(not(containsString("chuyenvien"))));
    }

    @Test
    void unitsComeAsATreeUnderNoHeading() throws Exception {
        mvc.perform(get("/directory/candidates").param("kind", "UNITS").param("q", "van phong")
                        .with(user(accounts.principal("chuyenvien"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").doesNotExist())
                .andExpect(jsonPath("$[0].choices[0].name").value("Văn phòng"))
                .andExpect(jsonPath("$[0].choices[0].detail").value("VP"))
                .andExpect(jsonPath("$[0].choices[0].depth").value(0));
    }

    @Test
    void anUnknownRoleIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/directory/candidates").param("eligibility", "EVERYONE")
                        .with(user(accounts.principal("lanhdao"))))
                .andExpect(status().isBadRequest());
    }
}
