package vn.eoffice.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.AgencyProfile;
import vn.eoffice.organization.LineageKind;
import vn.eoffice.organization.OrganizationTree;
import vn.eoffice.organization.UnitProfile;

/** The JSON shapes of the organisation API. */
final class ApiViews {

    private ApiViews() {
    }

    record PageView<T>(List<T> content, int page, int size, long totalElements) {

        static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
            return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                    page.getTotalElements());
        }
    }

    record AgencyView(Long id, String name, String shortName, String abbreviation, String identifierCode,
            AgencyKind kind, boolean hosted, Long parentId, String address, String phone, String email,
            String website, LocalDate validFrom, LocalDate validTo) {

        static AgencyView of(AgencyProfile a) {
            return new AgencyView(a.getId(), a.getName(), a.getShortName(), a.getAbbreviation(), a.getIdentifierCode(),
                    a.getKind(), a.isHosted(), a.getParentId(), a.getAddress(), a.getPhone(), a.getEmail(),
                    a.getWebsite(), a.getValidity().from(), a.getValidity().to());
        }
    }

    record UnitView(Long id, Long agencyId, Long parentId, String name, String abbreviation, int sortOrder,
            LocalDate validFrom, LocalDate validTo) {

        static UnitView of(UnitProfile u) {
            return new UnitView(u.getId(), u.getAgencyId(), u.getParentId(), u.getName(), u.getAbbreviation(),
                    u.getSortOrder(), u.getValidity().from(), u.getValidity().to());
        }
    }

    record UnitNodeView(UnitView unit, List<UnitNodeView> children) {

        static UnitNodeView of(OrganizationTree.UnitNode node) {
            return new UnitNodeView(UnitView.of(node.unit()), node.children().stream().map(UnitNodeView::of).toList());
        }
    }

    record AgencyNodeView(AgencyView agency, List<UnitNodeView> units, List<AgencyNodeView> children,
            LocalDate dissolvedOn) {

        static AgencyNodeView of(OrganizationTree.AgencyNode node) {
            return new AgencyNodeView(AgencyView.of(node.agency()),
                    node.units().stream().map(UnitNodeView::of).toList(),
                    node.children().stream().map(AgencyNodeView::of).toList(), node.dissolvedOn());
        }
    }

    record AgencyRef(Long id, String name) {
    }

    record LineageView(Long id, LineageKind kind, LocalDate effectiveDate, String note,
            List<AgencyRef> predecessors, List<AgencyRef> successors) {

        static LineageView of(OrganizationTree.LineageEntry entry) {
            return new LineageView(entry.id(), entry.kind(), entry.effectiveDate(), entry.note(),
                    entry.predecessors().stream().map(a -> new AgencyRef(a.id(), a.name())).toList(),
                    entry.successors().stream().map(a -> new AgencyRef(a.id(), a.name())).toList());
        }
    }
}
