package vn.eoffice.documents;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class RegisterAdminIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired RegisterManagement registers;

    @Test
    void adminSeesRegistersWithTheNextNumberPreview() throws Exception {
        mvc.perform(get("/admin/registers").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sổ văn bản đi")))
                .andExpect(content().string(containsString("-CV/BTGDVTU")));
    }

    @Test
    void adminCreatesAStateRegisterAndItNumbersTheStateWay() throws Exception {
        String name = "Sổ thử Nhà nước " + UUID.randomUUID();
        mvc.perform(withPolicy(post("/admin/registers"), name, "{n}/{type}-{org}"))
                .andExpect(status().is3xxRedirection());
        var created = registers.registersOf(as("admin").agencyId()).stream()
                .filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
        assertThat(created.getPolicy().reset()).isEqualTo(NumberingPolicy.Reset.YEARLY);
        assertThat(registers.preview(created.getId(), "QĐ", java.time.LocalDate.of(2026, 11, 26)))
                .isEqualTo("01/QĐ-BTGDVTU");
    }

    @Test
    void invalidFormatIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
        String name = "Sổ sai " + UUID.randomUUID();
        mvc.perform(withPolicy(post("/admin/registers"), name, "{type}/{org}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mẫu số, ký hiệu phải có {n}")));
        assertThat(registers.registersOf(as("admin").agencyId())).noneMatch(r -> r.getName().equals(name));
    }

    @Test
    void officersCannotConfigureRegisters() throws Exception {
        mvc.perform(get("/admin/registers").with(user(as("chuyenvien")))).andExpect(status().isForbidden());
        mvc.perform(withPolicy(post("/admin/registers"), "x", "{n}").with(user(as("vanthu"))))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder withPolicy(MockHttpServletRequestBuilder request, String name, String format) {
        return request.with(csrf()).with(user(as("admin")))
                .param("agencyId", as("admin").agencyId().toString()).param("kind", "OUTGOING")
                .param("name", name).param("scope", "SHARED").param("reset", "YEARLY")
                .param("secretSeries", "SEPARATE").param("format", format).param("untypedFormat", "{n}/{org}-{unit}")
                .param("active", "true");
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
