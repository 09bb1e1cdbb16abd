package vn.eoffice.succession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.eoffice.people.EducationLevel;
import vn.eoffice.people.TheoryLevel;

/**
 * The standards of a level (form, API body and view): the highest age on the term's first day at which a cadre is
 * planned for the first time (none: no limit), the political theory and education required, and whether a
 * state-management course is.
 */
public record StandardView(
        @NotNull(message = "{succession.form.level.required}") LeadershipLevel level,
        @Min(value = 25, message = "{succession.form.age.range}") @Max(value = 65,
                message = "{succession.form.age.range}") Integer maxAgeFirst,
        TheoryLevel requiredTheory,
        EducationLevel requiredEducation,
        Boolean stateManagement) {

    /** An unticked box sends nothing: not required. */
    public StandardView {
        stateManagement = Boolean.TRUE.equals(stateManagement);
    }
}
