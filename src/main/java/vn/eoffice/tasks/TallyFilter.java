package vn.eoffice.tasks;

import java.time.LocalDate;

/**
 * Which tasks a dashboard count or its drill-down covers: the period [from, to], an optional group and key (a unit,
 * a person or a monitored document id; a null key means the whole scope) and a category.
 * A task belongs to the period when it started on or before {@code to} and is due on or after {@code from}, or is
 * still open (overdue work carried over from an earlier period stays visible).
 */
public record TallyFilter(LocalDate from, LocalDate to, TallyGrouping grouping, Long key, TallyCategory category) {

    public TallyFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new vn.eoffice.platform.DomainException("task.tally.period.invalid");
        }
        grouping = grouping == null ? TallyGrouping.UNIT : grouping;
        category = category == null ? TallyCategory.ASSIGNED : category;
    }
}
