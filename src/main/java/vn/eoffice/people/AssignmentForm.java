package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Assigning a person to a position from a date, as their primary position (the default) or concurrently (kiêm nhiệm). */
public record AssignmentForm(
        @NotNull(message = "{people.form.cadre.required}") Long cadreId,
        Boolean main,
        @NotNull(message = "{people.form.validFrom.required}") LocalDate validFrom) {

    /** Primary unless said otherwise. */
    public AssignmentForm {
        main = main == null || main;
    }
}
