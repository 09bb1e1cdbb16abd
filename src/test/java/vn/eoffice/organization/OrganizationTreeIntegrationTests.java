package vn.eoffice.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@AutoConfigureMockMvc
class OrganizationTreeIntegrationTests {

    private static final String PROPAGANDA = "Ban Tuyên giáo Tỉnh ủy Điện Biên";
    private static final String MASS_MOBILISATION = "Ban Dân vận Tỉnh ủy Điện Biên";
    private static final String MERGED = "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên";

    @Autowired OrganizationTree tree;
    @Autowired OrganizationManagement management;
    @Autowired OrganizationDirectory directory;
    @Autowired AgencyCatalog catalog;
    @Autowired Clock clock;

    @Test
    void beforeTheMergerTheTwoFormerCommissionsStandAndNotTheMergedOne() {
        var names = names(tree.asOf(LocalDate.of(2025, 1, 1), false));
        assertThat(names).contains(PROPAGANDA, MASS_MOBILISATION, "Huyện ủy Tuần Giáo").doesNotContain(MERGED);
    }

    @Test
    void todayTheMergedCommissionStandsUnderTheProvinceWithItsUnits() {
        var nodes = tree.asOf(LocalDate.now(clock), false);
        assertThat(names(nodes)).contains(MERGED).doesNotContain(PROPAGANDA, MASS_MOBILISATION, "Huyện ủy Tuần Giáo");
        // the demo's provincial committee by its code: other tests add provinces of their own beside it
        var province = nodes.stream().filter(n -> "000.00.00.H17".equals(n.agency().getIdentifierCode())).findFirst()
                .orElseThrow();
        var merged = province.children().stream().filter(n -> n.agency().getName().equals(MERGED)).findFirst()
                .orElseThrow();
        assertThat(merged.units()).extracting(u -> u.unit().getAbbreviation())
                .containsExactly("VP", "TTBC", "KGVH", "LLLS", "DVNN", "ĐTH");
    }

    @Test
    void endedAgenciesAreShownMarkedOnlyWhenAskedFor() {
        var nodes = tree.asOf(LocalDate.now(clock), true);
        var all = new ArrayList<OrganizationTree.AgencyNode>();
        flatten(nodes, all);
        assertThat(all).filteredOn(n -> n.agency().getName().equals(PROPAGANDA)).singleElement()
                .satisfies(n -> assertThat(n.inForce()).isFalse());
    }

    @Test
    void theMergerIsHistoryWithTwoPredecessorsEndingTheDayBefore() {
        var merger = tree.history().stream()
                .filter(e -> e.kind() == LineageKind.MERGE && e.effectiveDate().equals(LocalDate.of(2025, 3, 1)))
                .findFirst().orElseThrow();
        assertThat(merger.predecessors()).extracting(AgencySummary::name)
                .containsExactlyInAnyOrder(PROPAGANDA, MASS_MOBILISATION);
        assertThat(merger.successors()).extracting(AgencySummary::name).containsExactly(MERGED);
        for (var predecessor : merger.predecessors()) {
            assertThat(catalog.agency(predecessor.id()).getValidity().to()).isEqualTo(LocalDate.of(2025, 2, 28));
        }
    }

    @Test
    void recordingASplitEndsThePredecessorAndItsUnitsTheDayBefore() {
        var old = agency("Huyện ủy cũ", LocalDate.of(2020, 1, 1));
        var unit = management.createUnit(old.getId(), new UnitDetails(null, "Văn phòng", "VP", 1,
                LocalDate.of(2020, 1, 1), null));
        var a = agency("Đảng ủy xã A", LocalDate.of(2025, 7, 1));
        var b = agency("Đảng ủy xã B", LocalDate.of(2025, 7, 1));

        management.recordLineage(LineageKind.SPLIT, LocalDate.of(2025, 7, 1), "Hai cấp",
                Set.of(old.getId()), Set.of(a.getId(), b.getId()));

        assertThat(catalog.agency(old.getId()).getValidity().to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(catalog.unit(old.getId(), unit.getId()).getValidity().to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(names(tree.asOf(LocalDate.of(2025, 6, 30), false))).contains(old.getName())
                .doesNotContain(a.getName());
        assertThat(names(tree.asOf(LocalDate.of(2025, 7, 1), false))).contains(a.getName(), b.getName())
                .doesNotContain(old.getName());
    }

    @Test
    void aMergerNeedsTwoPredecessors() {
        var old = agency("Ban cũ", LocalDate.of(2020, 1, 1));
        var merged = agency("Ban mới", LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> management.recordLineage(LineageKind.MERGE, LocalDate.of(2025, 3, 1), null,
                Set.of(old.getId()), Set.of(merged.getId())))
                .isInstanceOf(DomainException.class).hasMessage("lineage.merge.needsTwo");
        assertThat(catalog.agency(old.getId()).getValidity().to()).isNull();
    }

    @Test
    void aSuccessorMustBeInForceOnTheEffectiveDate() {
        var first = agency("Ban một", LocalDate.of(2020, 1, 1));
        var second = agency("Ban hai", LocalDate.of(2020, 1, 1));
        var late = agency("Ban chưa thành lập", LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> management.recordLineage(LineageKind.MERGE, LocalDate.of(2025, 3, 1), null,
                Set.of(first.getId(), second.getId()), Set.of(late.getId())))
                .hasMessage("lineage.successor.notInForce");
        assertThat(catalog.agency(first.getId()).getValidity().to()).as("rolled back").isNull();
    }

    @Test
    void overlappingTermsOfOneAgencyAreRefused() {
        var agency = agency("Đảng ủy có nhiệm kỳ", LocalDate.of(2015, 1, 1));
        management.addTerm(agency.getId(), "2020–2025", LocalDate.of(2020, 10, 16), LocalDate.of(2025, 10, 15));
        assertThatThrownBy(() -> management.addTerm(agency.getId(), "2025–2030", LocalDate.of(2025, 10, 15), null))
                .isInstanceOf(DomainException.class).hasMessage("term.overlap");
        management.addTerm(agency.getId(), "2025–2030", LocalDate.of(2025, 10, 16), null);
        assertThat(catalog.terms(agency.getId())).hasSize(2);
    }

    @Test
    void termOnTodayIsTheCurrentTermOfTheCommission() {
        var commission = directory.hostedAgencies(LocalDate.now(clock)).stream()
                .filter(a -> "000.03.17.H17".equals(a.identifierCode())).findFirst().orElseThrow();
        assertThat(directory.termOn(commission.id(), LocalDate.now(clock))).get()
                .extracting(PartyTermSummary::name).isEqualTo("2025–2030");
        assertThat(directory.termOn(commission.id(), LocalDate.of(2025, 10, 15))).get()
                .extracting(PartyTermSummary::name).isEqualTo("2020–2025");
    }

    @Test
    void nestedUnitsAreWithinTheirAncestors() {
        var agency = agency("Cơ quan có phòng lồng nhau", LocalDate.of(2020, 1, 1));
        var top = management.createUnit(agency.getId(), unit(null, "Khối", 1));
        var middle = management.createUnit(agency.getId(), unit(top.getId(), "Phòng", 1));
        var bottom = management.createUnit(agency.getId(), unit(middle.getId(), "Tổ", 1));
        var other = management.createUnit(agency.getId(), unit(null, "Phòng khác", 2));

        assertThat(directory.unitAndDescendants(top.getId()))
                .containsExactlyInAnyOrder(top.getId(), middle.getId(), bottom.getId());
        assertThat(directory.isWithin(bottom.getId(), top.getId())).isTrue();
        assertThat(directory.isWithin(top.getId(), bottom.getId())).isFalse();
        assertThat(directory.isWithin(other.getId(), top.getId())).isFalse();
        assertThatThrownBy(() -> management.updateUnit(top.getId(), catalog.unit(agency.getId(), top.getId())
                .getVersion(), unit(bottom.getId(), "Khối", 1))).hasMessage("unit.parent.cycle");
    }

    private UnitDetails unit(Long parentId, String name, int order) {
        return new UnitDetails(parentId, name + " " + UUID.randomUUID(), "U", order, LocalDate.of(2020, 1, 1), null);
    }

    private AgencyProfile agency(String name, LocalDate from) {
        return management.createAgency(new AgencyDetails(name + " " + UUID.randomUUID(), null, "T", null,
                AgencyKind.PARTY_COMMITTEE, null, null, null, null, null, from, null), true);
    }

    private static List<String> names(List<OrganizationTree.AgencyNode> nodes) {
        var all = new ArrayList<OrganizationTree.AgencyNode>();
        flatten(nodes, all);
        return all.stream().map(n -> n.agency().getName()).toList();
    }

    private static void flatten(List<OrganizationTree.AgencyNode> nodes, List<OrganizationTree.AgencyNode> into) {
        for (var node : nodes) {
            into.add(node);
            flatten(node.children(), into);
        }
    }
}
