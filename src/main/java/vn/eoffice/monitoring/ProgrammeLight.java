package vn.eoffice.monitoring;

import java.time.LocalDate;

/**
 * The traffic light of a committee's duty (a period's report or an action programme): GREEN reported on time, AMBER
 * reported late or due within the warning window, RED overdue and not reported, GREY not yet due.
 */
public enum ProgrammeLight {
    GREEN, AMBER, RED, GREY;

    /** The rule, in one place: {@code submittedOn} null while nothing was sent; {@code warnDays} the amber window. */
    public static ProgrammeLight of(LocalDate due, LocalDate submittedOn, LocalDate today, int warnDays) {
        if (submittedOn != null) {
            return submittedOn.isAfter(due) ? AMBER : GREEN;
        }
        if (today.isAfter(due)) {
            return RED;
        }
        return due.minusDays(warnDays).isAfter(today) ? GREY : AMBER;
    }

    public String badge() {
        return switch (this) {
            case GREEN -> "text-bg-success";
            case AMBER -> "text-bg-warning";
            case RED -> "text-bg-danger";
            case GREY -> "text-bg-secondary";
        };
    }

    public String messageKey() {
        return "monitoring.light." + name();
    }
}
