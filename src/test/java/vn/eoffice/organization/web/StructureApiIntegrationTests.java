package vn.eoffice.organization.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.AgencyCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Units and Party terms through the API, as the administrator edits them; nobody else may. */
@IntegrationTest
@AutoConfigureMockMvc
class StructureApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyCatalog catalog;
    @Autowired UserDetailsService accounts;

    @Test
    void theAdministratorAddsAndChangesAUnitAndATerm() throws Exception {
        Long agency = ((CurrentUser) accounts.loadUserByUsername("admin")).agencyId();
        String abbreviation = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unit = """
                {"name":"Phòng Thử nghiệm %s","abbreviation":"%s","sortOrder":90,"validFrom":"%s"}""";
        String base = "/api/v1/agencies/" + agency;

        mvc.perform(post(base + "/units").contentType(MediaType.APPLICATION_JSON)
                .content(unit.formatted(abbreviation, abbreviation, OfficeDate.today()))
                .with(httpBasic("vanthu", "demo123"))).andExpect(status().isForbidden());
        var created = mvc.perform(post(base + "/units").contentType(MediaType.APPLICATION_JSON)
                        .content(unit.formatted(abbreviation, abbreviation, OfficeDate.today()))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.abbreviation").value(abbreviation)).andReturn().getResponse()
                .getContentAsString();
        Long unitId = Long.valueOf(created.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(put(base + "/units/" + unitId).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(unit.formatted(abbreviation + " mới", abbreviation, OfficeDate.today()))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phòng Thử nghiệm " + abbreviation + " mới"));
        mvc.perform(put(base + "/units/" + unitId).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                        .content(unit.formatted(abbreviation, abbreviation, OfficeDate.today()))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isConflict());
        assertThat(catalog.unit(agency, unitId).getName()).isEqualTo("Phòng Thử nghiệm " + abbreviation + " mới");

        int year = 2100 + (int) (Math.random() * 700);
        String term = "{\"name\":\"%s\",\"startDate\":\"%d-01-01\",\"endDate\":\"%d-12-31\"}";
        mvc.perform(post(base + "/terms").contentType(MediaType.APPLICATION_JSON)
                .content(term.formatted(year + "–" + (year + 5), year, year - 1))
                .with(httpBasic("admin", "demo123"))).andExpect(status().isBadRequest());
        mvc.perform(post(base + "/terms").contentType(MediaType.APPLICATION_JSON)
                        .content(term.formatted(year + "–" + (year + 5), year, year + 4))
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(year + "–" + (year + 5)));
        mvc.perform(get(base + "/terms").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + year + "–" + (year + 5) + "')].startDate")
                        .value(year + "-01-01"));
        mvc.perform(get(base + "/terms").with(httpBasic("lanhdao", "demo123"))).andExpect(status().isForbidden());
    }
}
