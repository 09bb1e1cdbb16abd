package vn.eoffice.documents;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A validation error does not drop the files chosen: they come back as attached, and only to their uploader. */
@IntegrationTest
@AutoConfigureMockMvc
class KeptUploadsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentQueries queries;
    @Autowired RegisterManagement registers;
    @Autowired TestAccounts testAccounts;

    @Test
    void theRegistrationFormKeepsItsFileAfterAValidationErrorAndRegistersItOnTheNextPost() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        String name = "cong-van-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        String notation = "12-CV/" + UUID.randomUUID().toString().substring(0, 6);
        String page = mvc.perform(registration(clerk, notation, "").file(pdf("files", name)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đính kèm: " + name)))
                .andReturn().getResponse().getContentAsString();
        String kept = keptId(page, "keptFiles");

        var done = mvc.perform(registration(clerk, notation, "Về việc giữ tệp khi biểu mẫu còn lỗi")
                        .param("keptFiles", kept))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(done).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void anotherPersonsKeptFileIsNotFoundAndNothingIsRegistered() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        String name = "mat-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        String page = mvc.perform(registration(clerk, "13-CV/X", "").file(pdf("files", name)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String kept = keptId(page, "keptFiles");

        var otherClerk = testAccounts.principal(testAccounts.create(Role.CLERK).getUsername());
        long before = queries.incoming(otherClerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements();
        mvc.perform(registration(otherClerk, "13-CV/" + UUID.randomUUID().toString().substring(0, 6),
                        "Về việc dùng tệp của người khác").param("keptFiles", kept))
                .andExpect(status().isNotFound());
        assertThat(queries.incoming(otherClerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void theDraftFormKeepsItsBodyAfterAValidationError() throws Exception {
        var officer = (CurrentUser) accounts.loadUserByUsername("chuyenvien");
        String name = "du-thao-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        String page = mvc.perform(draft(officer, "").file(pdf("body", name)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đính kèm: " + name)))
                .andReturn().getResponse().getContentAsString();
        String kept = keptId(page, "keptBody");

        var done = mvc.perform(draft(officer, "Thông báo giữ tệp dự thảo").param("keptBody", kept))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(done).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    private MockMultipartHttpServletRequestBuilder registration(CurrentUser clerk, String notation, String summary) {
        var builder = multipart("/documents/incoming");
        builder.with(csrf()).with(user(clerk))
                .param("registerId", registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0)
                        .id().toString())
                .param("typeCode", "CV").param("urgency", "NORMAL").param("secrecy", "NONE")
                .param("issuerName", "Đảng ủy xã Tuần Giáo").param("notation", notation)
                .param("documentDate", OfficeDate.today().minusDays(1).toString())
                .param("summary", summary).param("pageCount", "1").param("copies", "1");
        return builder;
    }

    private static MockMultipartHttpServletRequestBuilder draft(CurrentUser officer, String summary) {
        var builder = multipart("/documents/outgoing");
        builder.with(csrf()).with(user(officer))
                .param("direction", "INTERNAL").param("typeCode", "TB").param("urgency", "NORMAL")
                .param("secrecy", "NONE").param("summary", summary);
        return builder;
    }

    private static String keptId(String page, String field) {
        var found = Pattern.compile("name=\"" + field + "\" value=\"(\\d+)\"").matcher(page);
        assertThat(found.find()).as("the form carries the stored file back as " + field).isTrue();
        return found.group(1);
    }

    private static MockMultipartFile pdf(String part, String name) {
        return new MockMultipartFile(part, name, "application/pdf", TestFiles.pdf("Văn bản " + name));
    }
}
