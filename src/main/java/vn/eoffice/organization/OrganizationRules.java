package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import vn.eoffice.platform.DomainException;

/** The checks that span several records: unique codes, acyclic trees, non-overlapping terms, lineage shape. */
class OrganizationRules {

    private static final int MAX_DEPTH = 64;

    private final Agencies agencies;
    private final OrgUnits units;
    private final PartyTerms terms;

    OrganizationRules(Agencies agencies, OrgUnits units, PartyTerms terms) {
        this.agencies = agencies;
        this.units = units;
        this.terms = terms;
    }

    static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new DomainException("error.conflict");
        }
    }

    void checkIdentifierFree(String identifierCode, Long ownId) {
        if (identifierCode == null || identifierCode.isBlank()) {
            return;
        }
        agencies.findByIdentifierCode(identifierCode.trim())
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new DomainException("agency.identifierCode.taken", identifierCode.trim());
                });
    }

    /** The parent must exist and must not be the agency itself or one of its descendants. */
    void checkParent(Long agencyId, Long parentId) {
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null && seen.add(current) && seen.size() <= MAX_DEPTH) {
            if (current.equals(agencyId)) {
                throw new DomainException("agency.parent.cycle");
            }
            current = agencies.findById(current).orElseThrow(() -> new DomainException("agency.parent.unknown"))
                    .getParentId();
        }
    }

    void checkUnitParent(Long agencyId, Long unitId, Long parentId) {
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null && seen.add(current) && seen.size() <= MAX_DEPTH) {
            var parent = units.findById(current).orElseThrow(() -> new DomainException("unit.parent.unknown"));
            if (current.equals(unitId)) {
                throw new DomainException("unit.parent.cycle");
            }
            if (!parent.getAgencyId().equals(agencyId)) {
                throw new DomainException("unit.parent.otherAgency");
            }
            current = parent.getParentId();
        }
    }

    void checkNoOverlap(Long agencyId, Long ownId, LocalDate start, LocalDate end) {
        terms.findByAgencyIdOrderByStartDateDesc(agencyId).stream()
                .filter(term -> !term.getId().equals(ownId))
                .filter(term -> term.overlaps(start, end))
                .findFirst()
                .ifPresent(term -> {
                    throw new DomainException("term.overlap", term.getName());
                });
    }

    /**
     * A dissolved agency leaves no agency below it in force: those must first be dissolved, merged or moved under
     * another parent, or they would hang from an agency that no longer exists.
     */
    void checkNoChildInForce(Agency dissolved, LocalDate effectiveDate) {
        agencies.findByParentIdOrderByName(dissolved.getId()).stream()
                .filter(child -> child.activeOn(effectiveDate))
                .findFirst()
                .ifPresent(child -> {
                    throw new DomainException("lineage.dissolution.childInForce", dissolved.getName(),
                            child.getName());
                });
    }

    void checkLineageShape(LineageKind kind, LocalDate effectiveDate, Set<Long> predecessors,
            Set<Long> successors) {
        if (kind == null || effectiveDate == null) {
            throw new DomainException("lineage.kindAndDate.required");
        }
        if (kind == LineageKind.DISSOLUTION) {
            if (predecessors == null || predecessors.isEmpty()) {
                throw new DomainException("lineage.dissolution.needsAgency");
            }
            if (successors != null && !successors.isEmpty()) {
                // a dissolved agency has no successor; one that continues under another name was renamed or merged
                throw new DomainException("lineage.dissolution.noSuccessors");
            }
            return;
        }
        if (predecessors == null || successors == null || predecessors.isEmpty() || successors.isEmpty()) {
            throw new DomainException("lineage.agencies.required");
        }
        if (kind == LineageKind.MERGE && predecessors.size() < 2) {
            throw new DomainException("lineage.merge.needsTwo");
        }
        if (kind == LineageKind.SPLIT && successors.size() < 2) {
            throw new DomainException("lineage.split.needsTwo");
        }
        if (kind == LineageKind.RENAME && (predecessors.size() != 1 || successors.size() != 1)) {
            throw new DomainException("lineage.rename.oneToOne");
        }
        if (predecessors.stream().anyMatch(successors::contains)) {
            throw new DomainException("lineage.sameAgency");
        }
    }
}
