package vn.eoffice.reports;

import java.time.LocalDate;

import vn.eoffice.platform.DomainException;

/**
 * The span a dashboard counts: this quarter (the default), this year, or days the leader picks.
 */
public record DashboardPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        QUARTER, YEAR, CUSTOM
    }

    public static DashboardPeriod of(Kind kind, LocalDate from, LocalDate to, LocalDate today) {
        Kind chosen = kind == null ? Kind.QUARTER : kind;
        return switch (chosen) {
            case QUARTER -> {
                var start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
                yield new DashboardPeriod(chosen, start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> new DashboardPeriod(chosen, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1)
                    .minusDays(1));
            case CUSTOM -> {
                if (from == null || to == null || to.isBefore(from)) {
                    throw new DomainException("dashboard.period.invalid");
                }
                yield new DashboardPeriod(chosen, from, to);
            }
        };
    }
}
