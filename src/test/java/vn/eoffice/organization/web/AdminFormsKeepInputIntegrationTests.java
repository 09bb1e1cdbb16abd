package vn.eoffice.organization.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change the organisation's rules refuse comes back on its form (platform.FormPosts): the Vietnamese reason shown,
 * what the administrator typed still in the fields, nothing written, no redirect that would lose either.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AdminFormsKeepInputIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AgencyCatalog catalog;

    @Test
    void agencyFormKeepsATakenIdentifierCodeWithItsReason() throws Exception {
        var coded = coded(true);
        String name = "Ban Thử " + UUID.randomUUID();
        mvc.perform(post("/admin/agencies").with(as("admin")).with(csrf())
                        .param("name", name).param("abbreviation", "BT").param("identifierCode", coded)
                        .param("kind", "PARTY_COMMISSION").param("validFrom", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("đã được dùng cho cơ quan khác"),
                        containsString("value=\"" + name + "\""), containsString("value=\"" + coded + "\""))));
        assertThat(catalog.search(true, name, PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @Test
    void addressBookFormKeepsATakenIdentifierCodeWithItsReason() throws Exception {
        var coded = coded(true);
        String name = "Sở Thử " + UUID.randomUUID();
        mvc.perform(post("/admin/address-book").with(as("admin")).with(csrf())
                        .param("name", name).param("abbreviation", "ST").param("identifierCode", coded)
                        .param("kind", "STATE_AGENCY").param("validFrom", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("đã được dùng cho cơ quan khác"),
                        containsString("value=\"" + name + "\""))));
        assertThat(catalog.search(false, name, PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @Test
    void unitFormKeepsAParentFromAnotherAgencyWithItsReason() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        var foreignUnit = catalog.all().stream().filter(AgencyProfile::isHosted)
                .filter(agency -> !agency.getId().equals(commission.getId()))
                .flatMap(agency -> catalog.units(agency.getId()).stream()).findFirst().orElseThrow();
        String name = "Phong thu " + UUID.randomUUID();
        mvc.perform(post("/admin/agencies/{id}/units", commission.getId()).with(as("admin")).with(csrf())
                        .param("name", name).param("abbreviation", "PT").param("sortOrder", "9")
                        .param("parentId", foreignUnit.getId().toString()).param("validFrom", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đơn vị cấp trên phải thuộc cùng cơ quan"),
                        containsString("value=\"" + name + "\""))));
        assertThat(catalog.units(commission.getId())).noneMatch(unit -> unit.getName().equals(name));
    }

    @Test
    void termFormKeepsAnOverlappingTermWithItsReason() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        int before = catalog.terms(commission.getId()).size();
        mvc.perform(post("/admin/agencies/{id}/terms", commission.getId()).with(as("admin")).with(csrf())
                        .param("name", "Nhiem ky thu chong lan").param("startDate", "2029-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("trùng thời gian với nhiệm kỳ"),
                        containsString("value=\"Nhiem ky thu chong lan\""))));
        assertThat(catalog.terms(commission.getId())).hasSize(before);
    }

    @Test
    void lineageFormKeepsTheNoteWithTheReason() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        var province = catalog.agency(commission.getParentId());
        String note = "Ghi chu thu " + UUID.randomUUID();
        mvc.perform(post("/admin/organization/lineage").with(as("admin")).with(csrf())
                        .param("kind", "MERGE").param("effectiveDate", "2026-01-01").param("note", note)
                        .param("predecessors", province.getId().toString())
                        .param("successors", commission.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hợp nhất cần ít nhất hai cơ quan cũ"),
                        containsString(note))));
        assertThat(catalog.agency(province.getId()).getValidity().to()).isNull();
    }

    private String coded(boolean hosted) {
        return catalog.all().stream().filter(agency -> agency.isHosted() == hosted)
                .map(AgencyProfile::getIdentifierCode).filter(code -> code != null && !code.isBlank())
                .findFirst().orElseThrow();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
