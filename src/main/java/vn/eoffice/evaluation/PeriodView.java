package vn.eoffice.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/** An evaluation period as pages and the API show it. */
public record PeriodView(Long id, String name, PeriodKind kind, EvaluationRule rule, LocalDate firstDay,
        LocalDate lastDay, Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
