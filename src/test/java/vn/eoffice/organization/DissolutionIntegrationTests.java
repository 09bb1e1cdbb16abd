package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dissolution (giải thể): an agency ends with no successor, leaves every picker, and keeps its history. */
@IntegrationTest
@AutoConfigureMockMvc
class DissolutionIntegrationTests {

    private static final LocalDate TWO_LEVEL = LocalDate.of(2025, 7, 1);

    @Autowired OrganizationTree tree;
    @Autowired OrganizationManagement management;
    @Autowired OrganizationDirectory directory;
    @Autowired AgencyCatalog catalog;
    @Autowired AuditLog audit;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theDemoDistrictCommitteesAreDissolvedOnTheFirstOfJuly2025WithoutSuccessors() {
        var dissolution = tree.history().stream()
                .filter(e -> e.kind() == LineageKind.DISSOLUTION && e.effectiveDate().equals(TWO_LEVEL))
                .findFirst().orElseThrow();
        assertThat(dissolution.predecessors()).extracting(AgencySummary::name)
                .containsExactlyInAnyOrder("Huyện ủy Mường Ảng", "Huyện ủy Tuần Giáo");
        assertThat(dissolution.successors()).isEmpty();
        assertThat(tree.history()).noneMatch(e -> e.kind() == LineageKind.SPLIT
                && e.predecessors().stream().anyMatch(a -> a.name().startsWith("Huyện ủy")));
        for (var district : dissolution.predecessors()) {
            assertThat(catalog.agency(district.id()).getValidity().to()).isEqualTo(TWO_LEVEL.minusDays(1));
        }
        assertThat(names(tree.asOf(TWO_LEVEL.minusDays(1), false))).contains("Huyện ủy Tuần Giáo");
        assertThat(names(tree.asOf(TWO_LEVEL, false))).doesNotContain("Huyện ủy Tuần Giáo", "Huyện ủy Mường Ảng")
                .contains("Đảng ủy xã Tuần Giáo", "Đảng ủy xã Mường Ảng");
        assertThat(flatten(tree.asOf(OfficeDate.today(), true))).filteredOn(n -> n.agency().getName()
                .equals("Huyện ủy Tuần Giáo")).singleElement().satisfies(n -> {
                    assertThat(n.inForce()).isFalse();
                    assertThat(n.dissolvedOn()).isEqualTo(TWO_LEVEL);
                });
    }

    @Test
    void aDissolvedAgencyEndsWithItsUnitsLeavesThePickersAndKeepsItsName() {
        var district = agency("Huyện ủy giải thể", LocalDate.of(2020, 1, 1), false);
        var unit = management.createUnit(district.getId(), new UnitDetails(null, "Văn phòng Huyện ủy", "VP", 1,
                LocalDate.of(2020, 1, 1), null));
        LocalDate today = OfficeDate.today();
        assertThat(directory.addressees(null, today)).extracting(AgencySummary::id).contains(district.getId());

        var event = management.dissolve(Set.of(district.getId()), today.minusDays(10), "Sắp xếp tổ chức bộ máy");

        assertThat(event.kind()).isEqualTo(LineageKind.DISSOLUTION);
        assertThat(event.successors()).isEmpty();
        assertThat(catalog.agency(district.getId()).getValidity().to()).isEqualTo(today.minusDays(11));
        assertThat(catalog.unit(district.getId(), unit.getId()).getValidity().to()).isEqualTo(today.minusDays(11));
        assertThat(directory.addressees(null, today)).extracting(AgencySummary::id).doesNotContain(district.getId());
        assertThat(directory.searchInForce(district.getName(), today, 10)).isEmpty();
        assertThat(directory.searchInForce(district.getName(), today.minusDays(11), 10))
                .extracting(AgencySummary::id).containsExactly(district.getId());
        assertThat(catalog.search(false, district.getName(), today, PageRequest.of(0, 5)).getContent()).isEmpty();
        // history and old documents still name it
        assertThat(directory.agency(district.getId()).name()).isEqualTo(district.getName());
        assertThat(directory.agency(district.getId()).inForceOn(today.minusDays(11))).isTrue();
        assertThat(tree.historyOf(district.getId())).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(LineageKind.DISSOLUTION));
        assertThat(audit.find(new AuditQuery(null, "LINEAGE_DISSOLUTION", "LINEAGE", event.id().toString(), null,
                null, null), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aDissolutionNamesNoSuccessorAndAtLeastOneAgency() {
        var district = agency("Huyện ủy có cơ quan sau", LocalDate.of(2020, 1, 1), false);
        var commune = agency("Đảng ủy xã tiếp nhận", LocalDate.of(2025, 7, 1), false);
        assertThatThrownBy(() -> management.recordLineage(LineageKind.DISSOLUTION, TWO_LEVEL, null,
                Set.of(district.getId()), Set.of(commune.getId())))
                .isInstanceOf(DomainException.class).hasMessage("lineage.dissolution.noSuccessors");
        assertThatThrownBy(() -> management.dissolve(Set.of(), TWO_LEVEL, null))
                .isInstanceOf(DomainException.class).hasMessage("lineage.dissolution.needsAgency");
        assertThat(catalog.agency(district.getId()).getValidity().to()).isNull();
    }

    @Test
    void anAgencyWithAnAgencyInForceBelowItIsNotDissolvedAndNothingChanges() {
        var district = agency("Huyện ủy có cơ quan trực thuộc", LocalDate.of(2020, 1, 1), false);
        var below = management.createAgency(new AgencyDetails("Ban Tuyên giáo Huyện ủy " + UUID.randomUUID(), null,
                "BTGHU", null, AgencyKind.PARTY_COMMISSION, district.getId(), null, null, null, null,
                LocalDate.of(2020, 1, 1), null), false);
        assertThatThrownBy(() -> management.dissolve(Set.of(district.getId()), TWO_LEVEL, null))
                .isInstanceOf(DomainException.class).hasMessage("lineage.dissolution.childInForce");
        assertThat(catalog.agency(district.getId()).getValidity().to()).isNull();

        // once the agency below has ended, the one above may be dissolved
        management.dissolve(Set.of(below.getId()), TWO_LEVEL, null);
        management.dissolve(Set.of(district.getId()), TWO_LEVEL, null);
        assertThat(catalog.agency(district.getId()).getValidity().to()).isEqualTo(TWO_LEVEL.minusDays(1));
    }

    @Test
    void anAgencyAlreadyEndedIsNotDissolvedAgain() {
        var district = agency("Huyện ủy đã kết thúc", LocalDate.of(2020, 1, 1), false);
        management.dissolve(Set.of(district.getId()), TWO_LEVEL, null);
        assertThatThrownBy(() -> management.dissolve(Set.of(district.getId()), TWO_LEVEL.plusDays(30), null))
                .isInstanceOf(DomainException.class).hasMessage("lineage.predecessor.notInForce");
    }

    @Test
    void theAdministratorRecordsADissolutionOnTheFormWithoutSuccessors() throws Exception {
        var district = agency("Huyện ủy qua biểu mẫu", LocalDate.of(2020, 1, 1), false);
        mvc.perform(post("/admin/organization/lineage").with(as("admin")).with(csrf())
                        .param("kind", "DISSOLUTION").param("effectiveDate", "2025-07-01")
                        .param("note", "Tổ chức chính quyền địa phương hai cấp")
                        .param("predecessors", district.getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "lineage.recorded"));
        assertThat(catalog.agency(district.getId()).getValidity().to()).isEqualTo(LocalDate.of(2025, 6, 30));

        mvc.perform(get("/admin/organization").param("ended", "true").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giải thể từ 01/07/2025")))
                .andExpect(content().string(containsString("<option value=\"DISSOLUTION\">Giải thể</option>")));
    }

    @Test
    void theFormRefusesASuccessorForADissolutionAndAMergerWithoutOne() throws Exception {
        var district = agency("Huyện ủy biểu mẫu sai", LocalDate.of(2020, 1, 1), false);
        var commune = agency("Đảng ủy xã biểu mẫu sai", LocalDate.of(2025, 7, 1), false);
        mvc.perform(post("/admin/organization/lineage").with(as("admin")).with(csrf())
                        .param("kind", "DISSOLUTION").param("effectiveDate", "2025-07-01")
                        .param("predecessors", district.getId().toString())
                        .param("successors", commune.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giải thể không có cơ quan sau khi thay đổi")));
        mvc.perform(post("/admin/organization/lineage").with(as("admin")).with(csrf())
                        .param("kind", "MERGE").param("effectiveDate", "2025-07-01")
                        .param("predecessors", district.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần chọn ít nhất một cơ quan sau khi thay đổi.")));
        assertThat(catalog.agency(district.getId()).getValidity().to()).isNull();
    }

    @Test
    void theApiRecordsADissolutionForAdministratorsAndListsAgenciesInForce() throws Exception {
        var district = agency("Huyện ủy qua API", LocalDate.of(2020, 1, 1), false);
        String body = "{\"kind\":\"DISSOLUTION\",\"effectiveDate\":\"2025-07-01\",\"predecessors\":["
                + district.getId() + "]}";
        mvc.perform(post("/api/v1/organization/lineage").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/lineage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DISSOLUTION\",\"effectiveDate\":\"2025-07-01\",\"predecessors\":["
                                + district.getId() + "],\"successors\":[" + district.getParentId() + "]}")
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Giải thể không có cơ quan sau")));
        mvc.perform(post("/api/v1/organization/lineage").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("DISSOLUTION"))
                .andExpect(jsonPath("$.predecessors[0].name").value(district.getName()))
                .andExpect(jsonPath("$.successors").isEmpty());

        mvc.perform(get("/api/v1/organization/lineage").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].predecessors[*].name", hasItem(district.getName())));
        mvc.perform(get("/api/v1/agencies").param("q", district.getName())
                        .param("inForceOn", OfficeDate.today().toString()).with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/agencies").param("q", district.getName()).with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].validTo").value("2025-06-30"));
        mvc.perform(get("/api/v1/organization/tree").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(district.getName()))));
    }

    private AgencyProfile agency(String name, LocalDate from, boolean hosted) {
        var province = directory.agencyByIdentifierCode("000.00.00.H17").orElseThrow();
        return management.createAgency(new AgencyDetails(name + " " + UUID.randomUUID(), null, "HU", null,
                AgencyKind.PARTY_COMMITTEE, province.id(), null, null, null, null, from, null), hosted);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static List<String> names(List<OrganizationTree.AgencyNode> nodes) {
        return flatten(nodes).stream().map(n -> n.agency().getName()).toList();
    }

    private static List<OrganizationTree.AgencyNode> flatten(List<OrganizationTree.AgencyNode> nodes) {
        var all = new ArrayList<OrganizationTree.AgencyNode>();
        for (var node : nodes) {
            all.add(node);
            all.addAll(flatten(node.children()));
        }
        return all;
    }
}
