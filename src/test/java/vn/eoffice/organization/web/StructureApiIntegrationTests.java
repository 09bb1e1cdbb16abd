package vn.eoffice.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.AgencyProfile;
import vn.eoffice.organization.OrganizationManagement;

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
    @Autowired OrganizationManagement management;

    @Test
    void theAdministratorAddsAndChangesAUnitAndATerm() throws Exception {
        Long agency = hostedAgency().getId();
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

        int year = 2030;
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

    @Test
    void theAdministratorChangesAHostedAgencyNamingTheVersionRead() throws Exception {
        var agency = hostedAgency();
        String base = "/api/v1/agencies/" + agency.getId();
        String change = """
                {"name":"%s","abbreviation":"DUT","kind":"PARTY_COMMITTEE","phone":"0215 3825 555",
                 "validFrom":"2025-07-01"}""".formatted(agency.getName());

        mvc.perform(get(base + "/administration").with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(agency.getVersion()))
                .andExpect(jsonPath("$.details.name").value(agency.getName()));
        mvc.perform(put(base).param("version", String.valueOf(agency.getVersion()))
                .contentType(MediaType.APPLICATION_JSON).content(change).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(put(base).param("version", String.valueOf(agency.getVersion()))
                        .contentType(MediaType.APPLICATION_JSON).content(change).with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.phone").value("0215 3825 555"));
        mvc.perform(put(base).param("version", String.valueOf(agency.getVersion()))
                        .contentType(MediaType.APPLICATION_JSON).content(change).with(httpBasic("admin", "demo123")))
                .andExpect(status().isConflict());
        assertThat(catalog.agency(agency.getId()).getPhone()).isEqualTo("0215 3825 555");
    }

    /** An agency of its own, so that its new units and terms meet nothing of the demo's. */
    private AgencyProfile hostedAgency() {
        return management.createAgency(new AgencyDetails("Đảng ủy Thử " + UUID.randomUUID(), null, "DUT", null,
                AgencyKind.PARTY_COMMITTEE, null, null, null, null, null, LocalDate.of(2025, 7, 1), null), true);
    }
}
