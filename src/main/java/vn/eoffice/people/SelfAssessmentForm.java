package vn.eoffice.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's self-assessment of one year: one level (1–5) and short evidence per competency, in framework order. */
public record SelfAssessmentForm(
        @NotNull(message = "{competency.year.required}") Integer year,
        @NotEmpty(message = "{competency.ratings.required}") List<@NotNull(message = "{competency.level.range}")
        @Valid Rating> ratings) {

    public record Rating(
            @NotNull(message = "{competency.level.range}") @Min(value = 1, message = "{competency.level.range}")
            @Max(value = 5, message = "{competency.level.range}") Integer level,
            @Size(max = 500, message = "{competency.evidence.tooLong}") String evidence) {
    }
}
