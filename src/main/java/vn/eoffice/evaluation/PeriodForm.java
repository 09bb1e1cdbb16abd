package vn.eoffice.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Opening a period: the rulebook, the kind (month, quarter, year), the year and the month or quarter number. */
public record PeriodForm(@NotNull(message = "{evaluation.period.rule.required}") EvaluationRule rule,
        @NotNull(message = "{evaluation.period.kind.required}") PeriodKind kind,
        @NotNull(message = "{evaluation.period.year.required}") @Min(value = 2026, message = "{evaluation.period.year.range}")
        @Max(value = 2100, message = "{evaluation.period.year.range}") Integer year,
        @Min(value = 1, message = "{evaluation.period.number.range}") @Max(value = 12,
                message = "{evaluation.period.number.range}") Integer number) {
}
