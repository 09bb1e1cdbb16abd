package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.PartyLetterhead;

/**
 * Read side of the organisation for other modules: agencies, units and their nesting, terms in force.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Agencies agencies;
    private final OrgUnits units;
    private final PartyTerms terms;

    OrganizationDirectory(Agencies agencies, OrgUnits units, PartyTerms terms) {
        this.agencies = agencies;
        this.units = units;
        this.terms = terms;
    }

    public AgencySummary agency(Long id) {
        return agencies.findById(id).map(AgencySummary::of).orElseThrow(() -> new NotFoundException("agency " + id));
    }

    /**
     * The HD 36 letterhead of a paper the agency issues in {@code year}: its superior committee (the parent agency)
     * above it; {@code typeCode} null for a paper without a number.
     */
    public PartyLetterhead letterhead(Long agencyId, String typeCode, int year) {
        var agency = agency(agencyId);
        String superior = agency.parentId() == null ? null : agency(agency.parentId()).name();
        return PartyLetterhead.of(superior, agency.name(), typeCode, agency.abbreviation(), year);
    }

    public Optional<AgencySummary> agencyByIdentifierCode(String identifierCode) {
        return agencies.findByIdentifierCode(identifierCode).map(AgencySummary::of);
    }

    /** Agencies that work in this installation and are in force on {@code date}. */
    public List<AgencySummary> hostedAgencies(LocalDate date) {
        return agencies.findByHostedTrueOrderByName().stream()
                .filter(agency -> agency.activeOn(date))
                .map(AgencySummary::of)
                .toList();
    }

    /**
     * The agencies a document of {@code senderAgencyId} may be addressed to on {@code date}: those hosted in this
     * installation (delivered to their exchange inbox) and the address book, in force that day, the sender left out.
     * Hosted ones come first, each group by name.
     */
    public List<AgencySummary> addressees(Long senderAgencyId, LocalDate date) {
        return agencies.findAll(Agencies.inForceOn(date), Sort.by("name").and(Sort.by("id"))).stream()
                .filter(agency -> !agency.getId().equals(senderAgencyId))
                .sorted(java.util.Comparator.comparing((Agency agency) -> !agency.isHosted()))
                .map(AgencySummary::of)
                .toList();
    }

    /**
     * At most {@code limit} agencies in force on {@code date}, hosted or not, whose name, abbreviations or code
     * contain the text (typed with or without diacritics): the type-ahead for new documents.
     */
    public List<AgencySummary> searchInForce(String text, LocalDate date, int limit) {
        var spec = Agencies.matching(null, text).and(Agencies.inForceOn(date));
        return agencies.findAll(spec, PageRequest.of(0, limit, Sort.by("name").and(Sort.by("id")))).stream()
                .map(AgencySummary::of)
                .toList();
    }

    public UnitSummary unit(Long id) {
        return units.findById(id).map(UnitSummary::of).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    public List<UnitSummary> units(Long agencyId, LocalDate date) {
        return units.findByAgencyIdOrderBySortOrderAscNameAsc(agencyId).stream()
                .filter(unit -> unit.getValidity().includes(date))
                .map(UnitSummary::of)
                .toList();
    }

    /** The unit and every unit nested below it, at any depth. */
    public Set<Long> unitAndDescendants(Long unitId) {
        var unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        var all = units.findByAgencyIdOrderBySortOrderAscNameAsc(unit.getAgencyId());
        Set<Long> found = new HashSet<>();
        var queue = new ArrayDeque<Long>();
        queue.add(unitId);
        while (!queue.isEmpty()) {
            Long current = queue.poll();
            if (found.add(current)) {
                all.stream().filter(u -> current.equals(u.getParentId())).forEach(u -> queue.add(u.getId()));
            }
        }
        return found;
    }

    /** Whether {@code unitId} is {@code ancestorId} itself or nested below it. */
    public boolean isWithin(Long unitId, Long ancestorId) {
        if (unitId == null || ancestorId == null) {
            return false;
        }
        Long current = unitId;
        for (int depth = 0; current != null && depth < 32; depth++) {
            if (current.equals(ancestorId)) {
                return true;
            }
            current = units.findById(current).map(OrgUnit::getParentId).orElse(null);
        }
        return false;
    }

    /** The Party committee term of the agency in force on {@code date}, if any. */
    public Optional<PartyTermSummary> termOn(Long agencyId, LocalDate date) {
        return terms.findByAgencyIdOrderByStartDateDesc(agencyId).stream()
                .filter(term -> term.includes(date))
                .findFirst()
                .map(PartyTermSummary::of);
    }
}
