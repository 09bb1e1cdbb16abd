package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new entry in a cadre's history: the position taken from {@code validFrom} by a decision. */
public record PositionHeldForm(
        @NotBlank(message = "{people.form.title.required}") @Size(max = 200,
                message = "{people.form.tooLong}") String title,
        @Size(max = 300, message = "{people.form.tooLong}") String unitName,
        @NotNull(message = "{people.form.validFrom.required}") LocalDate validFrom,
        @NotNull(message = "{people.form.decisionKind.required}") DecisionKind decisionKind,
        @NotBlank(message = "{people.form.decisionNumber.required}") @Size(max = 50,
                message = "{people.form.tooLong}") String decisionNumber,
        @NotNull(message = "{people.form.decisionDate.required}") LocalDate decisionDate) {
}
