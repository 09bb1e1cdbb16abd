package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Changes to the organisation: agencies, units, terms and lineage. Every change is audited in its transaction.
 * Edits carry the version the editor saw; a different current version means someone else changed the record
 * meanwhile and the edit is refused with {@code error.conflict}.
 */
@Service
@Transactional
public class OrganizationManagement {

    private final Agencies agencies;
    private final OrgUnits units;
    private final PartyTerms terms;
    private final LineageEvents lineage;
    private final AuditLog audit;
    private final OrganizationRules rules;

    OrganizationManagement(Agencies agencies, OrgUnits units, PartyTerms terms, LineageEvents lineage,
            AuditLog audit) {
        this.agencies = agencies;
        this.units = units;
        this.terms = terms;
        this.lineage = lineage;
        this.audit = audit;
        this.rules = new OrganizationRules(agencies, units, terms);
    }

    Agency createAgency(Agency agency) {
        rules.checkIdentifierFree(agency.getIdentifierCode(), null);
        rules.checkParent(null, agency.getParentId());
        var saved = agencies.save(agency);
        audit.record("AGENCY_CREATED", "AGENCY", saved.getId(), saved.getName());
        return saved;
    }

    public AgencyProfile createAgency(AgencyDetails details, boolean hosted) {
        return createAgency(Agency.of(details, hosted));
    }

    public AgencyProfile updateAgency(Long id, long version, AgencyDetails details) {
        var agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency " + id));
        OrganizationRules.checkVersion(agency.getVersion(), version);
        rules.checkIdentifierFree(AgencyDetails.clean(details.identifierCode()), id);
        rules.checkParent(id, details.parentId());
        agency.apply(details);
        audit.record("AGENCY_UPDATED", "AGENCY", id, agency.getName());
        return agency;
    }

    /** Adds external agencies to the address book all together: one transaction, one audit line per agency. */
    public int importExternalAgencies(List<AgencyDetails> rows) {
        for (var details : rows) {
            createAgency(Agency.of(details, false));
        }
        audit.record("ADDRESS_BOOK_IMPORTED", "AGENCY", null, rows.size() + " agencies");
        return rows.size();
    }

    OrgUnit createUnit(OrgUnit unit) {
        agencies.findById(unit.getAgencyId()).orElseThrow(() -> new NotFoundException("agency"));
        rules.checkUnitParent(unit.getAgencyId(), null, unit.getParentId());
        var saved = units.save(unit);
        audit.record("UNIT_CREATED", "UNIT", saved.getId(), saved.getName());
        return saved;
    }

    public UnitProfile createUnit(Long agencyId, UnitDetails details) {
        return createUnit(new OrgUnit(agencyId, details.parentId(), details.name().trim(),
                details.abbreviation().trim(), details.sortOrder(),
                new Validity(details.validFrom(), details.validTo())));
    }

    public UnitProfile updateUnit(Long unitId, long version, UnitDetails details) {
        var unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        OrganizationRules.checkVersion(unit.getVersion(), version);
        rules.checkUnitParent(unit.getAgencyId(), unitId, details.parentId());
        unit.update(details.parentId(), details.name().trim(), details.abbreviation().trim(), details.sortOrder(),
                new Validity(details.validFrom(), details.validTo()));
        audit.record("UNIT_UPDATED", "UNIT", unitId, unit.getName());
        return unit;
    }

    public TermView addTerm(Long agencyId, String name, LocalDate start, LocalDate end) {
        agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency"));
        var term = new PartyTerm(agencyId, name == null ? null : name.trim(), start, end);
        rules.checkNoOverlap(agencyId, null, start, end);
        var saved = terms.save(term);
        audit.record("TERM_CREATED", "AGENCY", agencyId, name);
        return TermView.of(saved);
    }

    public TermView updateTerm(Long termId, long version, TermDetails details) {
        var term = terms.findById(termId).orElseThrow(() -> new NotFoundException("term " + termId));
        OrganizationRules.checkVersion(term.getVersion(), version);
        term.update(details.name().trim(), details.startDate(), details.endDate());
        rules.checkNoOverlap(term.getAgencyId(), termId, details.startDate(), details.endDate());
        audit.record("TERM_UPDATED", "AGENCY", term.getAgencyId(), term.getName());
        return TermView.of(term);
    }

    /**
     * Records that {@code predecessors} ended the day before {@code effectiveDate} and {@code successors} began on
     * it: a merger (many to one), a split (one to many), a rename, or a dissolution (no successor). Nothing is
     * overwritten: the predecessors and their units keep their history and simply end; the successors must be in
     * force on the effective date.
     */
    public OrganizationTree.LineageEntry recordLineage(LineageKind kind, LocalDate effectiveDate, String note,
            Set<Long> predecessors, Set<Long> successors) {
        rules.checkLineageShape(kind, effectiveDate, predecessors, successors);
        var lastDay = effectiveDate.minusDays(1);
        for (Long id : predecessors) {
            var agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency"));
            if (!agency.activeOn(lastDay)) {
                throw new DomainException("lineage.predecessor.notInForce", agency.getName());
            }
            if (kind == LineageKind.DISSOLUTION) {
                rules.checkNoChildInForce(agency, effectiveDate);
            }
            agency.endOn(lastDay);
            units.findByAgencyIdOrderBySortOrderAscNameAsc(id).forEach(unit -> unit.endNoLaterThan(lastDay));
        }
        for (Long id : successors == null ? Set.<Long>of() : successors) {
            var agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency"));
            if (!agency.activeOn(effectiveDate)) {
                throw new DomainException("lineage.successor.notInForce", agency.getName());
            }
        }
        var saved = lineage.save(new LineageEvent(kind, effectiveDate, note == null || note.isBlank() ? null
                : note.trim(), predecessors, successors == null ? Set.of() : successors));
        audit.record("LINEAGE_" + kind, "LINEAGE", saved.getId(), predecessors + " -> " + saved.agencies(
                LineageEvent.Role.SUCCESSOR));
        return OrganizationTree.entry(saved, agencies);
    }

    /**
     * Records that the agencies are dissolved (giải thể) from {@code effectiveDate}: they end the day before, with
     * their units, and from that day are offered nowhere; their documents keep their names.
     */
    public OrganizationTree.LineageEntry dissolve(Set<Long> agencies, LocalDate effectiveDate, String note) {
        return recordLineage(LineageKind.DISSOLUTION, effectiveDate, note, agencies, Set.of());
    }
}
