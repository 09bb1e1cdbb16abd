package vn.eoffice.people;

import java.time.LocalDate;
import java.util.List;

/** A job position with its standards, competency framework and holders; those below its theory standard flagged. */
public record PositionDetails(PositionSummary summary, String description, String requiredEducation,
        TheoryLevel requiredTheory, int yearsExperience, long version, List<PositionForm.Competency> competencies,
        List<Holder> holders) {

    /** A person assigned to the position now. */
    public record Holder(Long cadreId, String fullName, boolean main, LocalDate validFrom, TheoryLevel theoryLevel,
            boolean meetsTheory) {
    }

    public PositionForm form() {
        return new PositionForm(summary.unitId(), summary.name(), summary.kind(), description, requiredEducation,
                requiredTheory, yearsExperience, summary.headcount(), competencies);
    }
}
