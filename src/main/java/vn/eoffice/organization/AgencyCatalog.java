package vn.eoffice.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.platform.NotFoundException;

/**
 * Read side of the organisation's own screens and API: searchable pages of agencies and the full records with
 * their versions, units and terms. Other modules use {@link OrganizationDirectory} instead.
 */
@Service
@Transactional(readOnly = true)
public class AgencyCatalog {

    private final Agencies agencies;
    private final OrgUnits units;
    private final PartyTerms terms;

    AgencyCatalog(Agencies agencies, OrgUnits units, PartyTerms terms) {
        this.agencies = agencies;
        this.units = units;
        this.terms = terms;
    }

    /** Hosted or external agencies (null: both) matching the text, which may be typed without diacritics. */
    public Page<AgencyProfile> search(Boolean hosted, String text, Pageable pageable) {
        return search(hosted, text, null, pageable);
    }

    /** As {@link #search(Boolean, String, Pageable)}, only agencies in force on {@code inForceOn} when it is given. */
    public Page<AgencyProfile> search(Boolean hosted, String text, java.time.LocalDate inForceOn, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("name").and(Sort.by("id")));
        return agencies.findAll(Agencies.matching(hosted, text).and(Agencies.inForceOn(inForceOn)), sorted)
                .map(AgencyProfile.class::cast);
    }

    public AgencyProfile agency(Long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("agency " + id));
    }

    public AgencyProfile hostedAgency(Long id) {
        var agency = agency(id);
        if (!agency.isHosted()) {
            throw new NotFoundException("hosted agency " + id);
        }
        return agency;
    }

    public AgencyProfile externalAgency(Long id) {
        var agency = agency(id);
        if (agency.isHosted()) {
            throw new NotFoundException("external agency " + id);
        }
        return agency;
    }

    /** Every agency, by name, for choosing a parent or a lineage partner. */
    public List<AgencyProfile> all() {
        return List.copyOf(agencies.findAllByOrderByName());
    }

    public List<AgencyProfile> external() {
        return List.copyOf(agencies.findByHostedFalseOrderByName());
    }

    public List<UnitProfile> units(Long agencyId) {
        return List.copyOf(units.findByAgencyIdOrderBySortOrderAscNameAsc(agencyId));
    }

    public UnitProfile unit(Long agencyId, Long unitId) {
        return units.findById(unitId).filter(unit -> unit.getAgencyId().equals(agencyId))
                .orElseThrow(() -> new NotFoundException("unit " + unitId));
    }

    public List<TermView> terms(Long agencyId) {
        return terms.findByAgencyIdOrderByStartDateDesc(agencyId).stream().map(TermView::of).toList();
    }

    public TermView term(Long agencyId, Long termId) {
        return terms.findById(termId).filter(term -> term.getAgencyId().equals(agencyId)).map(TermView::of)
                .orElseThrow(() -> new NotFoundException("term " + termId));
    }

    /** Names of the address book's agencies, folded as {@link SearchText#fold} does, to spot duplicates. */
    public Set<String> externalFoldedNames() {
        var names = new HashSet<String>();
        agencies.findByHostedFalseOrderByName().forEach(agency -> names.add(SearchText.fold(agency.getName())));
        return names;
    }

    public Set<String> identifierCodes() {
        return new HashSet<>(agencies.identifierCodes());
    }
}
