package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often the implementing units report: monthly, quarterly, half-yearly or yearly. Periods follow the calendar
 * (a quarter is January–March, April–June…), whatever day reporting starts.
 */
public enum ReportingFrequency {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    ReportingFrequency(int months) {
        this.months = months;
    }

    /** The calendar period containing {@code day}. */
    LocalDate periodStart(LocalDate day) {
        int firstMonth = ((day.getMonthValue() - 1) / months) * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /** The periods overlapping [from, until] that have begun by {@code today}, oldest first. */
    List<ReportingPeriod> periods(LocalDate from, LocalDate until, int dueDays, LocalDate today) {
        var periods = new ArrayList<ReportingPeriod>();
        for (LocalDate start = periodStart(from); !start.isAfter(until) && !start.isAfter(today);
                start = start.plusMonths(months)) {
            periods.add(period(start, dueDays));
        }
        return periods;
    }

    ReportingPeriod period(LocalDate start, int dueDays) {
        if (!start.equals(periodStart(start))) {
            throw new vn.eoffice.platform.DomainException("monitoring.period.unknown");
        }
        LocalDate end = start.plusMonths(months).minusDays(1);
        int index = (start.getMonthValue() - 1) / months + 1;
        return new ReportingPeriod(this, start, end, end.plusDays(dueDays), index, start.getYear());
    }
}
