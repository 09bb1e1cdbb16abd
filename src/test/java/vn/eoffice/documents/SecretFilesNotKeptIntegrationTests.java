package vn.eoffice.documents;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An installation on networked machines keeps only the particulars of secret documents, never their files. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "eoffice.documents.secret-files=metadata-only")
class SecretFilesNotKeptIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentQueries queries;
    @Autowired RegisterManagement registers;

    @Test
    void aSecretDocumentWithAFileIsRefusedAndOneWithoutIsRegistered() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        long before = queries.incoming(clerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements();
        String notation = "77-BC/" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(registration(clerk, notation, "MAT").file(pdf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không lưu tệp của văn bản mật")));
        assertThat(queries.incoming(clerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        mvc.perform(registration(clerk, notation, "MAT")).andExpect(status().is3xxRedirection());
        // ordinary documents keep their files as always
        mvc.perform(registration(clerk, notation + "-T", "NONE").file(pdf())).andExpect(status().is3xxRedirection());
        assertThat(queries.incoming(clerk, Box.ALL, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before + 2);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder registration(
            CurrentUser clerk, String notation, String secrecy) {
        var builder = multipart("/documents/incoming");
        builder.with(csrf()).with(user(clerk))
                .param("registerId", registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0)
                        .id().toString())
                .param("typeCode", "BC").param("urgency", "NORMAL").param("secrecy", secrecy)
                .param("issuerName", "Đảng ủy xã Tuần Giáo").param("notation", notation)
                .param("documentDate", OfficeDate.today().minusDays(1).toString())
                .param("summary", "Báo cáo tình hình tư tưởng cán bộ, đảng viên").param("pageCount", "2")
                .param("copies", "1");
        return builder;
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("files", "baocao.pdf", "application/pdf",
                vn.eoffice.files.TestFiles.pdf("Báo cáo tình hình tư tưởng"));
    }
}
