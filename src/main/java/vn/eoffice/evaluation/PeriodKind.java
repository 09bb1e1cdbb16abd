package vn.eoffice.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How long an evaluation period runs: a month, a quarter (Nghị định 335/2025 lets each agency choose), a year, or a
 * whole Party term (Quy định 366-QĐ/TW rates leaders and Party members by term too; its days are the agency's term's,
 * see {@link #isTerm()}).
 */
public enum PeriodKind {
    MONTH, QUARTER, YEAR, TERM;

    /** The first day of the {@code number}-th period of the year (month 1–12, quarter 1–4; ignored for a year). */
    public LocalDate firstDay(int year, int number) {
        return switch (this) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case TERM -> throw new IllegalStateException("a term's days are the agency's Party term's");
        };
    }

    public LocalDate lastDay(int year, int number) {
        return switch (this) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case TERM -> throw new IllegalStateException("a term's days are the agency's Party term's");
        };
    }

    /** The highest period number of a year: 12 months, 4 quarters, 1 year. */
    public int count() {
        return switch (this) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR, TERM -> 1;
        };
    }

    /** The number of the period containing {@code day}. */
    public int numberOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.getMonthValue();
            case QUARTER -> (day.getMonthValue() - 1) / 3 + 1;
            case YEAR, TERM -> 1;
        };
    }

    /** A whole Party term, whose days come from the agency's term in force in the year chosen. */
    public boolean isTerm() {
        return this == TERM;
    }

    /** Months and quarters: the parts a year's result is made of. */
    public boolean withinYear() {
        return this == MONTH || this == QUARTER;
    }

    public String label() {
        return "evaluation.kind." + name();
    }

    /** A quarter's number as written in Vietnamese period names: I, II, III, IV. */
    static String roman(int number) {
        return number >= 1 && number <= 4 ? List.of("I", "II", "III", "IV").get(number - 1) : String.valueOf(number);
    }
}
