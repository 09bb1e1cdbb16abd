package vn.eoffice.organization;

import java.time.LocalDate;

/**
 * A Party committee term as other modules see it (Party document numbers restart with each term).
 */
public record PartyTermSummary(Long id, Long agencyId, String name, LocalDate startDate, LocalDate endDate) {

    static PartyTermSummary of(PartyTerm term) {
        return new PartyTermSummary(term.getId(), term.getAgencyId(), term.getName(), term.getStartDate(),
                term.getEndDate());
    }
}
