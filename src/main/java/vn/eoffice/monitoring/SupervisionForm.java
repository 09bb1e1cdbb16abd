package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * A new supervision or inspection plan: kind, title, schedule, units checked, team members.
 */
public record SupervisionForm(@NotNull(message = "{monitoring.form.kind.required}") SupervisionKind kind,
        @NotBlank(message = "{monitoring.form.title.required}") @Size(max = 500) String title,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate startDate,
        @NotNull(message = "{monitoring.form.date.required}")
        LocalDate endDate,
        Set<Long> unitIds, Set<Long> memberIds) {

    public SupervisionForm {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
