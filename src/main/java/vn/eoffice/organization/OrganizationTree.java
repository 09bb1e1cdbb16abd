package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as it stood on a date: agencies nested under their parents with their units, and the history of
 * mergers, splits, renames and dissolutions that led there. Looking at an earlier date shows the agencies of that
 * time.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationTree {

    /**
     * An agency with its units and the agencies directly below it; {@code inForce} is false for ended ones, and
     * {@code dissolvedOn} is the date a dissolution took effect (null if the agency was not dissolved).
     */
    public record AgencyNode(AgencyProfile agency, boolean inForce, List<UnitNode> units, List<AgencyNode> children,
            LocalDate dissolvedOn) {
    }

    public record UnitNode(UnitProfile unit, boolean inForce, List<UnitNode> children) {
    }

    /** One merger, split, rename or dissolution with the agencies that ended and those that began. */
    public record LineageEntry(Long id, LineageKind kind, LocalDate effectiveDate, String note,
            List<AgencySummary> predecessors, List<AgencySummary> successors) {
    }

    private final Agencies agencies;
    private final OrgUnits units;
    private final LineageEvents lineage;

    OrganizationTree(Agencies agencies, OrgUnits units, LineageEvents lineage) {
        this.agencies = agencies;
        this.units = units;
        this.lineage = lineage;
    }

    /**
     * The tree on {@code date}. With {@code includeEnded}, agencies and units not in force that day are kept
     * (marked), so an administrator can see what existed before or after.
     */
    public List<AgencyNode> asOf(LocalDate date, boolean includeEnded) {
        var shown = agencies.findAllByOrderByName().stream()
                .filter(agency -> includeEnded || agency.activeOn(date))
                .toList();
        Map<Long, Agency> byId = shown.stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
        Map<Long, List<OrgUnit>> unitsByAgency = units.findByAgencyIdInOrderBySortOrderAscNameAsc(byId.keySet())
                .stream()
                .filter(unit -> includeEnded || unit.getValidity().includes(date))
                .collect(Collectors.groupingBy(OrgUnit::getAgencyId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Agency>> childrenByParent = new LinkedHashMap<>();
        List<Agency> roots = new ArrayList<>();
        for (var agency : shown) {
            if (agency.getParentId() != null && byId.containsKey(agency.getParentId())) {
                childrenByParent.computeIfAbsent(agency.getParentId(), id -> new ArrayList<>()).add(agency);
            } else {
                roots.add(agency);
            }
        }
        Set<Long> placed = new HashSet<>();
        var dissolved = dissolutions();
        // the branches holding this installation's own agencies come first; the address book follows
        return roots.stream()
                .map(root -> node(root, date, childrenByParent, unitsByAgency, dissolved, placed))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((AgencyNode node) -> !holdsHosted(node))
                        .thenComparing(node -> node.agency().getName()))
                .toList();
    }

    /** The lineage events in which the agency ended or began, latest first. */
    public List<LineageEntry> historyOf(Long agencyId) {
        return history().stream()
                .filter(entry -> entry.predecessors().stream().anyMatch(a -> a.id().equals(agencyId))
                        || entry.successors().stream().anyMatch(a -> a.id().equals(agencyId)))
                .toList();
    }

    private static boolean holdsHosted(AgencyNode node) {
        return node.agency().isHosted() || node.children().stream().anyMatch(OrganizationTree::holdsHosted);
    }

    public List<LineageEntry> history() {
        return lineage.findAllByOrderByEffectiveDateDesc().stream().map(event -> entry(event, agencies)).toList();
    }

    static LineageEntry entry(LineageEvent event, Agencies agencies) {
        return new LineageEntry(event.getId(), event.getKind(), event.getEffectiveDate(), event.getNote(),
                summaries(event.agencies(LineageEvent.Role.PREDECESSOR), agencies),
                summaries(event.agencies(LineageEvent.Role.SUCCESSOR), agencies));
    }

    private static List<AgencySummary> summaries(Set<Long> ids, Agencies agencies) {
        return agencies.findAllById(ids).stream().map(AgencySummary::of)
                .sorted(Comparator.comparing(AgencySummary::name)).toList();
    }

    private AgencyNode node(Agency agency, LocalDate date, Map<Long, List<Agency>> childrenByParent,
            Map<Long, List<OrgUnit>> unitsByAgency, Map<Long, LocalDate> dissolved, Set<Long> placed) {
        if (!placed.add(agency.getId())) {
            return null;
        }
        var children = childrenByParent.getOrDefault(agency.getId(), List.of()).stream()
                .map(child -> node(child, date, childrenByParent, unitsByAgency, dissolved, placed))
                .filter(Objects::nonNull)
                .toList();
        return new AgencyNode(agency, agency.activeOn(date),
                unitNodes(unitsByAgency.getOrDefault(agency.getId(), List.of()), null, date, new HashSet<>()),
                children, dissolved.get(agency.getId()));
    }

    /** The dissolved agencies and the date each dissolution took effect. */
    private Map<Long, LocalDate> dissolutions() {
        Map<Long, LocalDate> dissolved = new HashMap<>();
        for (var event : lineage.findByKind(LineageKind.DISSOLUTION)) {
            event.agencies(LineageEvent.Role.PREDECESSOR).forEach(id -> dissolved.put(id, event.getEffectiveDate()));
        }
        return dissolved;
    }

    private List<UnitNode> unitNodes(List<OrgUnit> all, Long parentId, LocalDate date, Set<Long> placed) {
        Set<Long> present = all.stream().map(OrgUnit::getId).collect(Collectors.toSet());
        return all.stream()
                .filter(unit -> parentId == null
                        ? unit.getParentId() == null || !present.contains(unit.getParentId())
                        : parentId.equals(unit.getParentId()))
                .filter(unit -> placed.add(unit.getId()))
                .map(unit -> new UnitNode(unit, unit.getValidity().includes(date),
                        unitNodes(all, unit.getId(), date, placed)))
                .toList();
    }
}
