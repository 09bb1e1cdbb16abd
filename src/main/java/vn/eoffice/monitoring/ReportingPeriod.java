package vn.eoffice.monitoring;

import java.time.LocalDate;

/**
 * One reporting period of a monitored document: the calendar span, the day reports are due, and for labels its
 * number in the year (month 1–12, quarter 1–4, half 1–2, 1 for a year).
 */
public record ReportingPeriod(ReportingFrequency frequency, LocalDate start, LocalDate end, LocalDate due, int index,
        int year) {

    public String labelKey() {
        return "monitoring.period." + frequency.name();
    }
}
