package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * An item of the implementation plan: what, the lead unit, co-processing units, from when (default today), by when.
 */
public record ItemForm(@NotBlank(message = "{monitoring.form.title.required}") @Size(max = 500) String title,
        @Size(max = 10000) String content,
        @NotNull(message = "{monitoring.form.unit.required}") Long leadUnitId,
        Set<Long> coUnitIds, LocalDate startDate,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate deadline) {

    public ItemForm {
        coUnitIds = coUnitIds == null ? Set.of() : Set.copyOf(coUnitIds);
    }
}
