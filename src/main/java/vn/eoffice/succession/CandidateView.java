package vn.eoffice.succession;

import java.time.LocalDate;
import java.util.List;

import vn.eoffice.people.Ethnicity;
import vn.eoffice.people.Gender;
import vn.eoffice.people.TheoryLevel;

/**
 * A candidate as the plan shows him: the columns of the list sent to the organisation commission, who proposed him,
 * the vote (null until recorded), the standards he does not meet ({@code missing}, in words), and, once removed, the
 * day and reason.
 */
public record CandidateView(Long id, Long cadreId, String fullName, Integer birthYear, Gender gender,
        Ethnicity ethnicity, String currentTitle, String education, TheoryLevel theoryLevel, String proposedBy,
        Ballots ballots, List<String> missing, LocalDate addedOn, String addedReason, LocalDate removedOn,
        String removalReason) {

    public boolean removed() {
        return removedOn != null;
    }

    public boolean meetsStandards() {
        return missing.isEmpty();
    }
}
