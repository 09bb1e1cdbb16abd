package vn.eoffice.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.TermView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OrganizationAdminIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AgencyCatalog catalog;
    @Autowired AuditLog audit;

    @ParameterizedTest
    @ValueSource(strings = { "/admin/agencies", "/admin/organization", "/admin/address-book",
            "/admin/address-book/import", "/admin/agencies/new", "/admin/address-book/new" })
    void adminScreensRenderForTheAdministratorOnly(String url) throws Exception {
        mvc.perform(get(url).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get(url).with(as("chuyenvien"))).andExpect(status().isForbidden());
    }

    @Test
    void agencyDetailShowsUnitsAndTerms() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        mvc.perform(get("/admin/agencies/{id}", commission.getId()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Đoàn thể và các Hội")))
                .andExpect(content().string(containsString("2025–2030")))
                .andExpect(content().string(containsString(
                        "Ban Dân vận Tỉnh ủy Điện Biên; Ban Tuyên giáo Tỉnh ủy Điện Biên")));
        var unit = catalog.units(commission.getId()).get(0);
        var term = catalog.terms(commission.getId()).get(0);
        for (String url : new String[] { "/admin/agencies/%d/edit", "/admin/agencies/%d/units/new",
                "/admin/agencies/%d/terms/new", "/admin/agencies/%d/units/" + unit.getId() + "/edit",
                "/admin/agencies/%d/terms/" + term.id() + "/edit" }) {
            mvc.perform(get(url.formatted(commission.getId())).with(as("admin"))).andExpect(status().isOk());
        }
    }

    @Test
    void treeAsOfTheFirstOfJanuary2025ShowsTheFormerCommissions() throws Exception {
        mvc.perform(get("/admin/organization").param("asOf", "2025-01-01").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ban Dân vận Tỉnh ủy Điện Biên")))
                .andExpect(content().string(containsString("01/01/2025")))
                .andExpect(content().string(not(containsString("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên</a>"))));
    }

    @Test
    void recordingAMergerThroughTheFormNeedsTwoPredecessors() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        var province = catalog.agency(commission.getParentId());
        mvc.perform(post("/admin/organization/lineage").with(as("admin")).with(csrf())
                        .param("kind", "MERGE").param("effectiveDate", "2026-01-01")
                        .param("predecessors", province.getId().toString())
                        .param("successors", commission.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hợp nhất cần ít nhất hai cơ quan cũ")));
        assertThat(catalog.agency(province.getId()).getValidity().to()).isNull();
    }

    @Test
    void htmxTreeRequestGetsOnlyTheTree() throws Exception {
        mvc.perform(get("/admin/organization").param("asOf", "2025-07-01").header("HX-Request", "true")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng ủy xã Quài Tở")))
                .andExpect(content().string(not(containsString("Huyện ủy Tuần Giáo"))))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void htmxSearchGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/admin/address-book").param("q", "uy ban mat tran").header("HX-Request", "true")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anInvalidIdentifierCodeShowsAVietnameseFieldErrorAndCreatesNothing() throws Exception {
        String name = "Ban Thử " + UUID.randomUUID();
        mvc.perform(post("/admin/agencies").with(as("admin")).with(csrf())
                        .param("name", name).param("abbreviation", "BT").param("identifierCode", "12.34.56")
                        .param("kind", "PARTY_COMMISSION").param("validFrom", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã định danh không đúng định dạng")));
        assertThat(catalog.search(true, name, PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @Test
    void createsAnAgencyThenAddsAndEditsAUnitWithAuditEntries() throws Exception {
        String name = "Ban Thử " + UUID.randomUUID();
        mvc.perform(post("/admin/agencies").with(as("admin")).with(csrf())
                        .param("name", name).param("abbreviation", "BT").param("identifierCode", "")
                        .param("kind", "PARTY_COMMISSION").param("validFrom", "2025-01-01"))
                .andExpect(status().is3xxRedirection());
        var agency = catalog.search(true, name, PageRequest.of(0, 1)).getContent().get(0);

        mvc.perform(post("/admin/agencies/{id}/units", agency.getId()).with(as("admin")).with(csrf())
                        .param("name", "Văn phòng").param("abbreviation", "VP").param("sortOrder", "1")
                        .param("validFrom", "2025-01-01"))
                .andExpect(status().is3xxRedirection());
        var unit = catalog.units(agency.getId()).get(0);
        mvc.perform(post("/admin/agencies/{a}/units/{u}", agency.getId(), unit.getId()).with(as("admin"))
                        .with(csrf()).param("version", String.valueOf(unit.getVersion()))
                        .param("name", "Văn phòng Ban").param("abbreviation", "VP").param("sortOrder", "2")
                        .param("validFrom", "2025-01-01"))
                .andExpect(status().is3xxRedirection());

        assertThat(catalog.units(agency.getId())).singleElement()
                .satisfies(u -> assertThat(u.getName()).isEqualTo("Văn phòng Ban"));
        assertThat(audit.find(new AuditQuery("admin", "AGENCY_CREATED", "AGENCY", agency.getId().toString(), null,
                null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        assertThat(audit.find(new AuditQuery("admin", "UNIT_UPDATED", "UNIT", unit.getId().toString(), null, null,
                null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aStaleVersionGivesTheConflictMessageNotAnError() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        var unit = catalog.units(commission.getId()).get(0);
        mvc.perform(post("/admin/agencies/{a}/units/{u}", commission.getId(), unit.getId()).with(as("admin"))
                        .with(csrf()).param("version", String.valueOf(unit.getVersion() + 7))
                        .param("name", "Tên khác").param("abbreviation", "VP").param("sortOrder", "1")
                        .param("validFrom", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(catalog.unit(commission.getId(), unit.getId()).getName()).isEqualTo(unit.getName());
    }

    @Test
    void anOverlappingTermIsRefusedWithAClearMessage() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        mvc.perform(post("/admin/agencies/{id}/terms", commission.getId()).with(as("admin")).with(csrf())
                        .param("name", "2030–2035").param("startDate", "2029-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trùng thời gian với nhiệm kỳ")));
        // nothing was saved: the refused term is not among the commission's (other tests add terms of their own)
        assertThat(catalog.terms(commission.getId())).extracting(TermView::name).doesNotContain("2030–2035")
                .contains("2020–2025", "2025–2030");
    }

    @Test
    void csvImportShowsTheRowReportAndExportDownloads() throws Exception {
        var file = new MockMultipartFile("file", "danh-ba.csv", "text/csv",
                "ten,ky_hieu,ma_dinh_danh\nBan A,BA,sai\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/address-book/import").file(file).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã định danh không đúng định dạng")));
        mvc.perform(get("/admin/address-book/export").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("danh-ba-co-quan.csv")))
                .andExpect(content().string(containsString("ten,ten_viet_tat,ky_hieu")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
