package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Assigning a person to a position from a date, as their primary position or concurrently (kiêm nhiệm). */
public record AssignmentForm(
        @NotNull(message = "{people.form.cadre.required}") Long cadreId,
        boolean main,
        @NotNull(message = "{people.form.validFrom.required}") LocalDate validFrom) {
}
