package vn.eoffice.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * A Party committee term as entered by an administrator, e.g. "2025–2030" from 16/10/2025, open-ended.
 */
public record TermDetails(
        @NotBlank(message = "{field.required}") @Size(max = 60, message = "{field.tooLong}") String name,
        @NotNull(message = "{term.start.required}") LocalDate startDate,
        LocalDate endDate) {

    public static TermDetails of(TermView term) {
        return new TermDetails(term.name(), term.startDate(), term.endDate());
    }

    public boolean datesInOrder() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
