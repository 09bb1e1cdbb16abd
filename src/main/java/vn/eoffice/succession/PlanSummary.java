package vn.eoffice.succession;

import java.time.LocalDate;

/** A plan as the list shows it. */
public record PlanSummary(Long id, String termName, LocalDate termStart, LocalDate termEnd, PlanStatus status,
        long candidates, boolean reviewDue) {
}
