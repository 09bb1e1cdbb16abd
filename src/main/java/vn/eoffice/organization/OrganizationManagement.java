package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Changes to the organisation: agencies, units, terms and lineage. Every change is audited in its transaction.
 */
@Service
@Transactional
public class OrganizationManagement {

    private final Agencies agencies;
    private final OrgUnits units;
    private final PartyTerms terms;
    private final LineageEvents lineage;
    private final AuditLog audit;

    OrganizationManagement(Agencies agencies, OrgUnits units, PartyTerms terms, LineageEvents lineage,
            AuditLog audit) {
        this.agencies = agencies;
        this.units = units;
        this.terms = terms;
        this.lineage = lineage;
        this.audit = audit;
    }

    public Agency createAgency(Agency agency) {
        checkIdentifierFree(agency.getIdentifierCode(), null);
        var saved = agencies.save(agency);
        audit.record("AGENCY_CREATED", "AGENCY", saved.getId(), saved.getName());
        return saved;
    }

    public OrgUnit createUnit(OrgUnit unit) {
        agencies.findById(unit.getAgencyId()).orElseThrow(() -> new NotFoundException("agency"));
        var saved = units.save(unit);
        audit.record("UNIT_CREATED", "UNIT", saved.getId(), saved.getName());
        return saved;
    }

    public PartyTerm addTerm(Long agencyId, String name, LocalDate start, LocalDate end) {
        agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency"));
        var saved = terms.save(new PartyTerm(agencyId, name, start, end));
        audit.record("TERM_CREATED", "AGENCY", agencyId, name);
        return saved;
    }

    /**
     * Records that {@code predecessors} ended the day before {@code effectiveDate} and {@code successors} began on
     * it: a merger (many to one), a split (one to many) or a rename. Nothing is overwritten.
     */
    public LineageEvent recordLineage(LineageEvent.Kind kind, LocalDate effectiveDate, String note,
            Set<Long> predecessors, Set<Long> successors) {
        if (predecessors.isEmpty() || successors.isEmpty()) {
            throw new DomainException("lineage.agencies.required");
        }
        if (kind == LineageEvent.Kind.MERGE && predecessors.size() < 2) {
            throw new DomainException("lineage.merge.needsTwo");
        }
        if (kind == LineageEvent.Kind.SPLIT && successors.size() < 2) {
            throw new DomainException("lineage.split.needsTwo");
        }
        for (Long id : predecessors) {
            var agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency"));
            var lastDay = effectiveDate.minusDays(1);
            if (lastDay.isBefore(agency.getValidity().from())) {
                throw new DomainException("lineage.predecessor.tooYoung", agency.getName());
            }
            agency.endOn(lastDay);
        }
        for (Long id : successors) {
            agencies.findById(id).orElseThrow(() -> new NotFoundException("agency"));
        }
        var saved = lineage.save(new LineageEvent(kind, effectiveDate, note, predecessors, successors));
        audit.record("LINEAGE_" + kind, "LINEAGE", saved.getId(), predecessors + " -> " + successors);
        return saved;
    }

    private void checkIdentifierFree(String identifierCode, Long ownId) {
        if (identifierCode == null || identifierCode.isBlank()) {
            return;
        }
        agencies.findByIdentifierCode(identifierCode)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new DomainException("agency.identifierCode.taken", identifierCode);
                });
    }
}
