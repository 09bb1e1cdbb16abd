package vn.eoffice.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A job position of a unit with its standards and competency framework (form and API body). */
public record PositionForm(
        @NotNull(message = "{people.form.unit.required}") Long unitId,
        @NotBlank(message = "{people.form.positionName.required}") @Size(max = 200,
                message = "{people.form.tooLong}") String name,
        @NotNull(message = "{people.form.kind.required}") PositionKind kind,
        @Size(max = 4000, message = "{people.form.tooLong}") String description,
        @Size(max = 200, message = "{people.form.tooLong}") String requiredEducation,
        TheoryLevel requiredTheory,
        @Min(value = 0, message = "{people.form.years.range}") @Max(value = 40,
                message = "{people.form.years.range}") Integer yearsExperience,
        @NotNull(message = "{people.form.headcount.range}") @Min(value = 1, message = "{people.form.headcount.range}")
        @Max(value = 100, message = "{people.form.headcount.range}") Integer headcount,
        @Valid List<Competency> competencies) {

    /** One competency of the framework with the level (1–5) the position requires. */
    public record Competency(
            @NotBlank(message = "{people.form.competency.required}") @Size(max = 200,
                    message = "{people.form.tooLong}") String name,
            @NotNull(message = "{people.form.competency.required}") CompetencyGroup group,
            @NotNull(message = "{people.form.level.range}") @Min(value = 1, message = "{people.form.level.range}")
            @Max(value = 5, message = "{people.form.level.range}") Integer level) {
    }

    /** Rows left without a name are dropped: the form offers a few empty ones for new competencies. */
    public PositionForm {
        yearsExperience = yearsExperience == null ? 0 : yearsExperience;
        competencies = competencies == null ? List.of() : competencies.stream()
                .filter(c -> c != null && c.name() != null && !c.name().isBlank()).toList();
    }
}
