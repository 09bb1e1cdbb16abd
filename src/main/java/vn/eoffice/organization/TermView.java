package vn.eoffice.organization;

import java.time.LocalDate;

/**
 * A Party congress term (nhiệm kỳ) of an agency as other code sees it; {@code endDate} is null while the term runs,
 * and {@code version} is the one a change must name.
 */
public record TermView(Long id, Long agencyId, String name, LocalDate startDate, LocalDate endDate, long version) {

    static TermView of(PartyTerm term) {
        return new TermView(term.getId(), term.getAgencyId(), term.getName(), term.getStartDate(), term.getEndDate(),
                term.getVersion());
    }

    /** Whether {@code date} falls within the term. */
    public boolean includes(LocalDate date) {
        return new Validity(startDate, endDate).includes(date);
    }
}
