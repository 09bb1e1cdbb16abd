package vn.eoffice.monitoring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * A recommendation to one of the checked units, with the deadline for acting on it.
 */
public record RecommendationForm(@NotNull(message = "{monitoring.form.unit.required}") Long unitId,
        @NotBlank(message = "{monitoring.form.content.required}") @Size(max = 4000) String content,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate deadline) {
}
