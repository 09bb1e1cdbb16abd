package vn.eoffice.documents;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registers through the API: the administrator configures them and sees their next numbers; nobody else may. */
@IntegrationTest
@AutoConfigureMockMvc
class RegisterApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegisterManagement registers;
    @Autowired UserDetailsService accounts;

    @Test
    void theAdministratorListsCreatesAndChangesRegisters() throws Exception {
        Long agency = ((CurrentUser) accounts.loadUserByUsername("admin")).agencyId();
        String name = "Sổ thử API " + UUID.randomUUID();
        String body = """
                {"agencyId":%d,"kind":"OUTGOING","name":"%s","scope":"SHARED","reset":"YEARLY",
                 "secretSeries":"SEPARATE","format":"{n}/{type}-{org}","untypedFormat":"{n}/{org}-{unit}",
                 "active":false}""";

        mvc.perform(get("/api/v1/registers").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].settings.name", hasItem("Sổ văn bản đi")))
                .andExpect(jsonPath("$[*].nextNumber", hasItem(endsWith("-CV/BTGDVTU"))));
        mvc.perform(get("/api/v1/registers").with(httpBasic("vanthu", "demo123"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/registers").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(agency, name)).with(httpBasic("vanthu", "demo123")))
                .andExpect(status().isForbidden());
        var created = mvc.perform(post("/api/v1/registers").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(agency, name)).with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settings.name").value(name))
                .andExpect(jsonPath("$.nextNumber").value(startsWith("01/BTGDVTU"))).andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/registers").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(agency, name + " sai").replace("{n}/{type}-{org}", "{type}/{org}"))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isBadRequest());

        mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(agency, name + " (đổi tên)")).with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.name").value(name + " (đổi tên)"));
        assertThat(registers.get(Long.valueOf(location.substring(location.lastIndexOf('/') + 1))).getName())
                .isEqualTo(name + " (đổi tên)");
    }
}
