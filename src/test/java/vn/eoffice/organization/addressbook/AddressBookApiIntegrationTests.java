package vn.eoffice.organization.addressbook;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The address book's CSV import, export and template through the API (administrators only). */
@IntegrationTest
@AutoConfigureMockMvc
class AddressBookApiIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void theAdministratorImportsWithAReportInVietnameseAndExports() throws Exception {
        String name = "Sở Thử API " + UUID.randomUUID().toString().substring(0, 6);
        String csv = "ten;ky_hieu;email\n" + name + ";STA;sta@dienbien.gov.vn\nThư sai;TS;khong-phai-email\n";
        var file = new MockMultipartFile("file", "danh-ba.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/address-book/import").file(file).with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/address-book/import").file(file).with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("email"))
                .andExpect(jsonPath("$.problems[0].message").value("Địa chỉ thư điện tử không hợp lệ."));
        mvc.perform(multipart("/api/v1/address-book/import").with(httpBasic("admin", "demo123")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/address-book/export").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/api/v1/address-book/template").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isForbidden());
    }
}
